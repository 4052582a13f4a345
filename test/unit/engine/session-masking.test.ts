import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session.js';
import { loadFlow } from '../../../flows/index.js';

describe('a card number typed over two answers', () => {
  it('is masked in the log and the facts once its second half arrives, even in a refused answer', async () => {
    const session = new Session({ loadFlow, locale: 'en', problem: 'other', problems: ['other'] });
    await session.start();
    await session.answer('my card is 4111 1111');
    expect(session.current.context?.facts.description).toBe('my card is 4111 1111');
    // The time question refuses "1111 1111", but the two halves make a card number together.
    await session.answer('1111 1111');
    const said = session.current.transcript.map((line) => line.text).join('\n');
    expect(said).not.toMatch(/4111 1111|1111 1111/);
    expect(session.current.context?.facts.description).not.toMatch(/4111/);
    expect(said).toMatch(/hidden the card number/);
  });
});
