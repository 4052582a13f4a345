/**
 * The writer's workbench reads a state's texts from the machine and marks the translations that
 * need a writer: missing ones, a zh-TW copied from zh-CN, an English text left in Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { stateSummary, stateTexts, translationMarks } from '../../../demo/lab/state-texts.js';
import { loadFlow } from '../../../flows/index.js';
import { flowSetup, initialContext } from '../../../src/engine/flow-setup.js';
import { ask, choose, endings, fix, RESOLVED, TO_TICKET } from '../../../src/engine/steps.js';
import { md, t } from '../../../src/engine/text.js';
import type { Rich } from '../../../src/engine/rich.js';
import { compileMarkdown } from '../../../scripts/flow-markdown/compile.mjs';

/** What the build makes of a flow's md() text (it compiles only the flow files themselves). */
const compiled = (markdown: string): Rich => compileMarkdown(markdown).rich as Rich;

/** A small flow built with the real step builders, texts written here so the test can name them. */
const machine = flowSetup.createMachine({
  id: 'sample',
  context: ({ input }) => initialContext(input),
  initial: 'askingAmount',
  states: {
    askingAmount: ask('amount', {
      answer: 'amount',
      question: t(
        '付了多少钱？我来对照限额。',
        'We will check the limits. How much was it?',
        '付了多少錢？我來對照限額。',
      ),
      placeholder: t('例如：¥50', 'e.g. ¥50', '例如：¥50'),
      next: 'choosingCause',
    }),
    choosingCause: choose(t('哪种情况？', 'Which one?', '哪種情況？'), [
      { id: 'network', label: t('网络不好', '网络不好', '網路不好'), target: 'fixingNetwork' },
      { id: 'limit', label: t('超出限额', 'Over the limit'), target: 'fixingNetwork' },
    ]),
    fixingNetwork: fix('check-network', {
      title: t('切换了网络', 'Switched networks', '切换了网络'),
      text: md(
        ...(['**换个网络**再试。', '**Switch networks** and try again.', '**換個網路**再試。'].map(compiled) as [
          Rich,
          Rich,
          Rich,
        ]),
      ),
      next: TO_TICKET,
    }),
    ...endings({ collect: [] }),
  },
});

const state = (key: string) => machine.root.states[key] as AnyStateNode;

describe('stateTexts', () => {
  it('reads a question: what it asks, its placeholder and its quick answers, in every locale', () => {
    const texts = stateTexts(state('askingAmount'));
    expect(texts.map((text) => text.role)).toEqual(['asks', 'placeholder', 'suggestion']);
    expect(texts[0]!.words).toEqual({
      'zh-CN': '付了多少钱？我来对照限额。',
      en: 'We will check the limits. How much was it?',
      'zh-TW': '付了多少錢？我來對照限額。',
    });
    // "I don't remember", offered by every amount question.
    expect(texts[2]!.words.en).toMatch(/remember/);
  });

  it("reads a list's question and each button once, though the machine echoes each label again", () => {
    const texts = stateTexts(state('choosingCause'));
    expect(texts.map((text) => [text.role, text.id ?? ''])).toEqual([
      ['says', ''],
      ['choice', 'network'],
      ['choice', 'limit'],
      ['choice', 'ticket'],
    ]);
  });

  it("reads a fix's markdown as plain words, its outcome buttons, and its title for the ticket", () => {
    const texts = stateTexts(state('fixingNetwork'));
    expect(texts[0]!.words.en).toBe('Switch networks and try again.');
    expect(texts.filter((text) => text.role === 'choice').map((text) => text.id)).toEqual(['solved', 'unsolved']);
    expect(texts.find((text) => text.role === 'title')!.words.en).toBe('Switched networks');
  });
});

describe('translationMarks', () => {
  const marksOf = (key: string, id: string) =>
    translationMarks(stateTexts(state(key)).find((text) => text.id === id)!.words);

  it('marks nothing in a full, distinct translation', () => {
    expect(translationMarks(stateTexts(state('askingAmount'))[0]!.words)).toEqual({});
  });

  it('marks a missing zh-TW, and an English label still in Chinese', () => {
    expect(marksOf('choosingCause', 'limit')).toEqual({ 'zh-TW': 'missing' });
    expect(marksOf('choosingCause', 'network')).toEqual({ en: 'unchanged' });
  });

  it('marks a zh-TW copied from zh-CN when a character differs between the scripts, and not otherwise', () => {
    const title = stateTexts(state('fixingNetwork')).find((text) => text.role === 'title')!;
    expect(translationMarks(title.words)).toEqual({ 'zh-TW': 'unchanged' });
    // 已完成 is written the same in both scripts: a copy is the right translation.
    expect(translationMarks({ 'zh-CN': '已完成', en: 'Done', 'zh-TW': '已完成' })).toEqual({});
    expect(translationMarks({ 'zh-CN': '余额', en: 'Balance', 'zh-TW': ' ' })).toEqual({ 'zh-TW': 'missing' });
  });

  it('lets an English text name a Chinese term', () => {
    expect(translationMarks({ 'zh-CN': '四类钱包', en: 'A class IV (四类) wallet', 'zh-TW': '四類錢包' })).toEqual({});
  });
});

describe('stateSummary', () => {
  it("is a fix's bold headline, a question's question, and nothing for a state that says nothing", () => {
    expect(stateSummary(state('fixingNetwork'), 'en')).toBe('Switch networks');
    expect(stateSummary(state('fixingNetwork'), 'zh-CN')).toBe('换个网络');
    expect(stateSummary(state('askingAmount'), 'en')).toBe('How much was it?');
    expect(stateSummary(state(RESOLVED), 'en')).toMatch(/^Great/);
    expect(stateSummary(state(TO_TICKET), 'en')).toMatch(/ticket/);
  });

  it(
    'gives every talking state of the largest flow a summary, and the diagnosis none',
    { timeout: 60_000 },
    async () => {
      const flow = await loadFlow('bank-wallet-payment-failed');
      const states = Object.values(flow.root.states) as AnyStateNode[];
      const silent = states.filter((node) => !stateSummary(node, 'en')).map((node) => node.key);
      // The diagnosis and the routers decide where to go; they say nothing of their own.
      expect(silent).toEqual(['diagnosing', 'askingOtherCause', 'checkingWhenChargedDeadline']);
      expect(stateSummary(flow.root.states.confirmingCause as AnyStateNode, 'en')).toMatch(/^Yes.* \/ No/);
      // A fix that does not open with bold words: its opening sentence, without the list after it.
      expect(stateSummary(flow.root.states.fixingNetwork as AnyStateNode, 'en')).toBe(
        'Payments need a steady connection',
      );
    },
  );
});
