/**
 * Fitting chart text to its box (demo/lab/text-fit.ts): wrapped lines never wider than the room,
 * never more lines than allowed, and nothing but the end cut off (marked "…").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrapText } from '../../../demo/lab/text-fit.js';

const words = fc.array(
  fc.oneof(
    fc.stringMatching(/^[A-Za-z’,.?]{1,14}$/),
    fc.stringMatching(/^[余额不足网络验证码钱包付款]{1,8}[，。？]?$/),
    fc.constantFrom('e-CNY', '¥2,500', '“Done”', 'WWWWWWWWWWWWWWWWWWWWW'),
  ),
  { minLength: 1, maxLength: 30 },
);

describe('wrapText', () => {
  it('keeps every line within the width and the line count, and cuts only the end', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 60, max: 200 }), fc.integer({ min: 1, max: 3 }), (list, width, maxLines) => {
        const text = list.join(' ');
        const lines = wrapText(text, width, 13, maxLines);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
        // Read back without the breaks and the cuts, the lines follow the text in order...
        const squeeze = (value: string) => value.replace(/\s+/g, '');
        let from = 0;
        for (const line of lines)
          for (const piece of squeeze(line).split('…').filter(Boolean)) {
            const at = squeeze(text).indexOf(piece, from);
            expect(at).toBeGreaterThanOrEqual(from);
            from = at + piece.length;
          }
        // ...and text that fits is never cut.
        if (textWidth(text, 13) <= width) expect(lines).toEqual([text]);
      }),
    );
  });

  it('breaks English between words, and Chinese between any two characters', () => {
    expect(wrapText('Roughly when did it happen?', 100, 13, 2)).toEqual(['Roughly when', 'did it happen?']);
    expect(wrapText('这件事大约是什么时候发生的？', 100, 13, 2)).toEqual(['这件事大约是什', '么时候发生的？']);
    expect(wrapText('请问这笔付款的金额是多少？我来对照一下限额。', 100, 13, 2)).toEqual([
      '请问这笔付款的',
      '金额是多少？…',
    ]);
  });
});

describe('truncate', () => {
  it('leaves text that fits alone, and ends text that does not in "…"', () => {
    expect(truncate('it helped', 100, 10.5)).toBe('it helped');
    const cut = truncate('It keeps saying "processing" or waits for my password', 100, 10.5);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10.5)).toBeLessThanOrEqual(100);
  });
});
