import { describe, expect, it } from 'vitest';
import { interpretAnswer } from '../../../src/engine/interpret.js';
import { rejectionTexts } from '../../../src/engine/reasons.js';

describe('interpreting an answer before it reaches the flow', () => {
  it('masks a card number typed as the amount and does not read what is left as the amount', async () => {
    const event = await interpretAnswer('amount', '4111 1111 1111 1111', 'en');
    expect(event.text).toBe('•••• 1111');
    expect(event.masked).toEqual(['card-number']);
    expect(event.understood).toEqual({ ok: false, reason: 'secret-not-an-answer' });
    expect(rejectionTexts['secret-not-an-answer']!.en).toMatch(/hidden/);
  });

  it('keeps a masked secret inside a free-text answer, which is still an answer', async () => {
    const event = await interpretAnswer('text', 'declined, card 4111 1111 1111 1111', 'en');
    expect(event.understood).toEqual({ ok: true, value: 'declined, card •••• 1111' });
  });

  it('asks for a time long ago to be confirmed by saying it again', async () => {
    const now = new Date('2026-11-27T12:00:00+08:00');
    const once = await interpretAnswer('time', '2025-01-01 10:00', 'en', now);
    expect(once.understood).toEqual({ ok: false, reason: 'older-than-180-days' });
    const twice = await interpretAnswer('time', '2025-01-01 10:00', 'en', now, { confirmsOldTime: true });
    expect(twice.understood.ok).toBe(true);
  });

  it('cuts an answer at 2,000 characters rather than refusing it', async () => {
    const event = await interpretAnswer('text', 'x'.repeat(5000), 'en');
    expect(event.text).toHaveLength(2000);
  });
});

describe('a card number typed over two answers', () => {
  it('is masked in both, and the earlier answer is named for masking again', async () => {
    const event = await interpretAnswer('text', '1111 1111', 'en', new Date(), { earlier: ['my card is 4111 1111'] });
    expect(event.text).not.toMatch(/1111 1111/);
    expect(event.masked).toContain('card-number');
    expect(event.remask).toEqual([{ from: 'my card is 4111 1111', to: expect.not.stringMatching(/4111/) }]);
  });

  it('leaves earlier answers alone when nothing spans them', async () => {
    const event = await interpretAnswer('text', 'it said 51', 'en', new Date(), { earlier: ['yesterday'] });
    expect(event.remask).toBeUndefined();
  });
});
