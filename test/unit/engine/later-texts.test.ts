/**
 * The words that load later (scripts/flow-markdown/split-by-language.mjs): the replies to typed
 * answers come with the reading of answers, the triage's words with the triage, each in the
 * conversation's language, and a conversation of choices loads neither. The production build
 * replaces text-loaders.ts with its table of chunks; here the calls themselves are watched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFlow } from '../../../flows/index.js';
import { Session } from '../../../src/engine/session.js';
import { loadTexts } from '../../../src/engine/text-loaders.js';
import { problemIds } from '../../../src/shared/problems.js';

vi.mock('../../../src/engine/text-loaders.js', () => ({ loadTexts: vi.fn(async () => {}) }));

const scopesLoaded = () => vi.mocked(loadTexts).mock.calls.map(([scope, locale]) => `${scope} ${locale}`);

afterEach(() => {
  vi.mocked(loadTexts).mockClear();
});

describe('words that load with the chunk that reads them', () => {
  it('loads the replies to typed answers with the reading of answers, before an answer is read', async () => {
    const session = new Session({ loadFlow, locale: 'zh-TW', problem: 'payment-failed', problems: problemIds });
    await session.start();
    await session.answer('不記得了');
    expect(scopesLoaded()).toContain('answers zh-TW');
    // The reply to "I don't remember" is one of those words, and was said.
    expect(session.current.transcript.at(-2)?.text ?? '').not.toBe('');
  });

  it('loads the triage’s words with the triage, when the page names no problem', async () => {
    const session = new Session({ loadFlow, locale: 'en', problems: problemIds });
    await session.start();
    expect(scopesLoaded()).toContain('triage en');
  });

  it('loads neither on a checkout decline answered with buttons', async () => {
    const session = new Session({
      loadFlow,
      locale: 'en',
      problem: 'payment-failed',
      problems: problemIds,
      facts: { errorCode: '51', errorMessage: 'Insufficient funds' },
    });
    await session.start();
    const { prompt, state } = session.current;
    expect(prompt && 'choices' in prompt && prompt.choices.length).toBeGreaterThan(0);
    session.choose(prompt && 'choices' in prompt ? prompt.choices.at(-1)!.id : '', state);
    expect(scopesLoaded()).toEqual(['engine en', 'payment-failed en']);
  });
});
