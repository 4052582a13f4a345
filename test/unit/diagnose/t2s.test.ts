import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateT2s, outputFile } from '../../../scripts/generate-t2s.mjs';
import { simplified, traditional } from '../../../src/diagnose/t2s.generated.js';
import { toSimplified } from '../../../src/diagnose/to-simplified.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the generated Traditional→Simplified pairs', () => {
  it('are what scripts/generate-t2s.mjs writes from the current word lists (run it after changing one)', () => {
    expect(readFileSync(join(root, outputFile), 'utf8')).toBe(generateT2s());
  });

  it('pair one BMP character with one, each Traditional character once', () => {
    expect(traditional.length).toBe(simplified.length);
    expect(new Set(traditional).size).toBe(traditional.length);
    expect([...traditional].length).toBe(traditional.length);
    expect([...simplified].length).toBe(simplified.length);
  });

  it('never map to a character that is mapped again, so one pass is enough', () => {
    expect([...simplified].filter((ch) => traditional.includes(ch))).toEqual([]);
  });
});

describe('toSimplified', () => {
  it('reads Taiwan and Hong Kong characters as the mainland ones', () => {
    expect(toSimplified('餘額不足')).toBe('余额不足');
    expect(toSimplified('新臺幣 1,299 元')).toBe('新台币 1,299 元');
    expect(toSimplified('港幣、澳門幣、歐元、人民幣')).toBe('港币、澳门币、欧元、人民币');
    expect(toSimplified('兩萬貳仟')).toBe('两万贰仟');
    // Hong Kong's 綫 and Taiwan's 線 are both 线 (連線 is 连线); 麼 is 么.
    expect(toSimplified('綫線什麼')).toBe('线线什么');
  });

  it('ships only the characters the word lists need', () => {
    // 衛 (卫) occurs in no word list: it stays, and costs the page nothing.
    expect(toSimplified('衛')).toBe('衛');
  });

  it('leaves Simplified text, Latin letters and digits as they are', () => {
    for (const text of ['余额不足 (51)', '什么', '数字人民币钱包', 'Insufficient funds ¥88', '']) {
      expect(toSimplified(text)).toBe(text);
    }
  });

  it('keeps every index: the result is as long as the input, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...`${traditional}${simplified}a1 ，。餘額`) }),
        fc.string(),
        (chinese, other) => {
          const text = chinese + other;
          const once = toSimplified(text);
          expect(once.length).toBe(text.length);
          expect(toSimplified(once)).toBe(once);
        },
      ),
    );
  });
});

describe('Taiwan and Hong Kong words', () => {
  it('are read as the mainland word of the same length, so one word list serves both', () => {
    expect(toSimplified('網路連線逾時')).toBe('网络连接超时');
    expect(toSimplified('請收簡訊並完成身分驗證')).toBe('请收短信并完成身份验证');
    expect(toSimplified('儲值失敗')).toBe('充值失败');
  });

  it('keep every index where it was', () => {
    const text = '伺服器忙碌，請聯絡客服';
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('leave a word alone where it means something else (增值税 is VAT, not a top-up)', () => {
    expect(toSimplified('增值稅發票')).toBe('增值税发票');
  });
});
