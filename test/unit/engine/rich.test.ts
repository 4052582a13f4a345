import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/engine/rich.js';

describe('compiled flow markdown as plain text (tickets, exports)', () => {
  it('keeps the words of a paragraph, without the markup, and line breaks as breaks', () => {
    expect(plainText([['p', ['strong', '先查订单'], '：确认', ['br'], '再重试']])).toBe('先查订单：确认\n再重试');
  });

  it('puts list items on their own lines, numbered as the user saw them, and paragraphs apart', () => {
    expect(
      plainText([
        ['p', 'Please check:'],
        ['ol', ['li', 'the number'], ['li', 'the ', ['em', 'expiry']]],
        ['ul', ['li', 'one'], ['li', 'two']],
      ]),
    ).toBe('Please check:\n\n1. the number\n2. the expiry\n\n- one\n- two');
  });

  it('gives a link its words, not its address, and marks a quote', () => {
    expect(
      plainText([
        ['p', 'Call ', ['a', 'tel:95588', 'your bank']],
        ['blockquote', ['p', 'note']],
      ]),
    ).toBe('Call your bank\n\n> note');
  });

  it('returns plain text as it is', () => {
    expect(plainText('这样能解决问题吗？')).toBe('这样能解决问题吗？');
  });
});
