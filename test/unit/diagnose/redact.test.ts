import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/diagnose/index.js';

describe('redact card numbers', () => {
  it.each([
    ['4111 1111 1111 1111', '•••• 1111'],
    ['4111-1111-1111-1111', '•••• 1111'],
    ['4111111111111111', '•••• 1111'],
    ['４１１１ １１１１ １１１１ １１１１', '•••• 1111'],
    ['卡号4111111111111111余额不足', '卡号•••• 1111余额不足'],
    ['my card is 5555 5555 5555 4444, please help', 'my card is •••• 4444, please help'],
    // 19-digit UnionPay and 15-digit Amex numbers
    ['6212 2602 0000 0000 006', '•••• 0006'],
    ['3782 822463 10005', '•••• 0005'],
    // Too long for one card: the order id before it keeps its digits.
    ['订单 20261126 4111 1111 1111 1111', '订单 20261126 •••• 1111'],
    // A card number in a link is still a card number (issue 13): no exemption for URLs.
    ['https://shop.example/pay?card=4111111111111111', 'https://shop.example/pay?card=•••• 1111'],
    ['see https://x.example/cards/5555555555554444/limits', 'see https://x.example/cards/•••• 4444/limits'],
  ])('masks %s to the last four', (text, masked) => {
    expect(redact(text)).toEqual({ text: masked, found: ['card-number'] });
  });

  it.each([
    ['4111 1111 1111 1112', 'fails the Luhn check'],
    ['+86 138 0013 8000 1234', 'is an international phone number'],
    ['https://shop.example/orders/20261126123456', 'is a Luhn-invalid order id in a URL'],
    ['订单号 4200001234202611261234567890', 'is a 28-digit order id'],
    ['13800138000', 'is an 11-digit mobile number'],
    ['¥1,299.50', 'is an amount'],
    ['2026-11-26 15:30', 'is a date and time'],
    ['余额不足 (51)', 'is an error code'],
    ['订单号 20261126123456', 'is a Luhn-invalid order id'],
    ['1234 5678 9012 3456', 'fails Luhn as a whole, although part of it might pass'],
  ])('leaves %s alone: it %s', (text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });

  it('masks two cards in one message', () => {
    expect(redact('4111111111111111 and 5555555555554444').text).toBe('•••• 1111 and •••• 4444');
  });
});

describe('redact keyword secrets', () => {
  it.each([
    ['CVV: 123', 'CVV: •••', 'cvv'],
    ['cvc 4567', 'cvc •••', 'cvv'],
    ['CVV2是 321', 'CVV2是 •••', 'cvv'],
    ['安全码是456', '安全码是•••', 'cvv'],
    ['卡背面的验证码是 789', '卡背面的验证码是 •••', 'cvv'],
    ['验证码是 123456', '验证码是 ••••', 'sms-code'],
    ['短信验证码：8842', '短信验证码：••••', 'sms-code'],
    ['my OTP is 4821', 'my OTP is ••••', 'sms-code'],
    ['the SMS code was 99887766', 'the SMS code was ••••', 'sms-code'],
    ['动态码 665544', '动态码 ••••', 'sms-code'],
    ['密码是123456', '密码是••••', 'password'],
    ['支付密码123456', '支付密码••••', 'password'],
    ['my password is hunter2', 'my password is ••••', 'password'],
    ['password: Tr0ub4dor&3', 'password: ••••', 'password'],
    ['PIN: 1234', 'PIN: ••••', 'pin'],
    ['my pin is 0000', 'my pin is ••••', 'pin'],
    ['取款密码 888888', '取款密码 ••••', 'pin'],
  ])('masks %s', (text, masked, kind) => {
    expect(redact(text)).toEqual({ text: masked, found: [kind] });
  });

  it.each([
    'PIN is wrong',
    '密码错误',
    'Incorrect PIN (55)',
    'pin tries exceeded',
    '验证码一直收不到，订单号 20261126',
    'error code 20000',
    'Error code: 05 - Do not honor',
    'zip code 100000',
    'the code 51 means insufficient funds',
    'I forgot my password',
    'shipping 123456',
  ])('leaves %s alone', (text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('redact ID numbers', () => {
  it('masks a checksum-valid resident ID number entirely', () => {
    expect(redact('身份证 11010519491231002X 绑卡失败')).toEqual({
      text: '身份证 •••• 绑卡失败',
      found: ['id-number'],
    });
  });

  it('leaves an 18-digit number with a wrong check character alone', () => {
    expect(redact('110105194912310021').found).not.toContain('id-number');
  });
});

describe('redact results', () => {
  it('lists each kind once, in the order found in the text', () => {
    const result = redact('pin 9999, card 4111111111111111, cvv 123, card 5555555555554444, otp 654321');
    expect(result.text).toBe('pin ••••, card •••• 1111, cvv •••, card •••• 4444, otp ••••');
    expect(result.found).toEqual(['pin', 'card-number', 'cvv', 'sms-code']);
  });

  it('returns text without secrets unchanged', () => {
    const text = '昨天下午3点在商户付款88元，提示余额不足 (51)';
    expect(redact(text)).toEqual({ text, found: [] });
  });

  it('never throws on input that is not a string', () => {
    expect(redact(undefined as unknown as string)).toEqual({ text: '', found: [] });
  });
});

describe('redact card numbers however they are written (issue 13)', () => {
  const masked = '•••• 1111';
  it.each([
    ['zero-width spaces', '4111\u200b1111\u200b1111\u200b1111'],
    ['zero-width non-joiners', '4111\u200c1111\u200c1111\u200c1111'],
    ['zero-width joiners', '4111\u200d1111\u200d1111\u200d1111'],
    [
      'word joiners',
      '4\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601\u20601',
    ],
    ['byte-order marks', '4111\ufeff1111\ufeff1111\ufeff1111'],
    ['soft hyphens', '4111\u00ad1111\u00ad1111\u00ad1111'],
    ['dots', '4111.1111.1111.1111'],
    ['several spaces', '4111   1111    1111  1111'],
    ['a line break and spaces', '4111 1111\n  1111 1111'],
    ['mixed separators', '4111 - 1111 . 1111 _ 1111'],
    ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['Eastern Arabic-Indic digits', '۴۱۱۱۱۱۱۱۱۱۱۱۱۱۱۱'],
    ['Devanagari digits', '४१११ ११११ ११११ ११११'],
    ['Bengali digits', '৪১১১ ১১১১ ১১১১ ১১১১'],
    ['Thai digits', '๔๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑'],
    ['mathematical bold digits', '𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏'],
    ['full-width digits with ideographic spaces', '４１１１　１１１１　１１１１　１１１１'],
    ['scripts mixed, with zero-width spaces', '4१١1\u200b1111 ११११ ١١١١'],
  ])('masks a card number written with %s, and keeps the words around it', (_, card) => {
    expect(redact(`卡号 ${card}，谢谢`)).toEqual({ text: `卡号 ${masked}，谢谢`, found: ['card-number'] });
    expect(redact(`my card ${card} was declined`)).toEqual({
      text: `my card ${masked} was declined`,
      found: ['card-number'],
    });
  });

  it('masks a card number written in keycap emoji (digits with combining marks)', () => {
    const result = redact('卡号 4️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣1️⃣');
    expect(result.found).toEqual(['card-number']);
    // The marks after the last digit belong to what is kept: only the last four digits remain.
    expect(result.text.replace(/\D/g, '')).toBe('1111');
  });

  it('replaces the invisible characters inside the number, and keeps those outside it', () => {
    expect(redact('\u200b4111\u200b1111\u200b1111\u200b1111\u200b')).toEqual({
      text: `\u200b${masked}\u200b`,
      found: ['card-number'],
    });
  });

  it.each([
    ['卡号 4111 1111 1111 1112', '卡号 •••• 1112'],
    ['卡號：4111111111111112', '卡號：•••• 1112'],
    ['银行卡号是 6222 0212 3456 7890 12', '银行卡号是 •••• 9012'],
    ['card number: 4111-1111-1111-1112', 'card number: •••• 1112'],
    ['Card no. 4111 1111 1111 1112', 'Card no. •••• 1112'],
    ['my card is 4111.1111.1111.1112', 'my card is •••• 1112'],
    ['https://x.example/pay?pan=4111111111111112&x=1', 'https://x.example/pay?pan=•••• 1112&x=1'],
  ])('masks a mistyped (Luhn-invalid) card number after a card keyword: %s', (text, expected) => {
    expect(redact(text)).toEqual({ text: expected, found: ['card-number'] });
  });

  it.each([
    ['order 4111 1111 1111 1112', 'a Luhn-invalid number named an order'],
    ['卡号后四位 1234', 'only the last four digits'],
    ['card 4111 1111 111', 'fewer than 12 digits'],
  ])('leaves %s alone: %s', (text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('redact numbers written with "+"', () => {
  // The rule (redact-cards.ts): a "+" number is a phone number unless it is Luhn-valid, 13-19
  // digits and written as a card is, which no E.164 number (at most 15 digits, a 1-3 digit
  // country code first) ever is.
  it.each([
    ['+4111 1111 1111 1111', '+•••• 1111'],
    ['+4111111111111111', '+•••• 1111'],
    ['+ 4111-1111-1111-1111', '+ •••• 1111'],
    ['+3782 822463 10005', '+•••• 0005'],
    ['＋４１１１ １１１１ １１１１ １１１１', '＋•••• 1111'],
  ])('masks %s: a Luhn-valid number grouped as a card', (text, expected) => {
    expect(redact(text)).toEqual({ text: expected, found: ['card-number'] });
  });

  it.each([
    // 86 138 0013 8002 passes Luhn: written with "+", it is a phone number all the same.
    '+86 138 0013 8002',
    '+8613800138002',
    '+1 415 555 2671',
    '+44 20 7946 0958',
    '+86 138 0013 8000 1234',
    '+4111 1111 1111 1112',
  ])('leaves the phone number %s alone', (text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});

describe('redact keyword secrets in every language (issue 13)', () => {
  it.each([
    ['security code 321', 'security code •••', 'cvv'],
    ['CVV code: 654', 'CVV code: •••', 'cvv'],
    ['the CVC number is 987', 'the CVC number is •••', 'cvv'],
    ['card verification value 4321', 'card verification value •••', 'cvv'],
    ['安全碼 321', '安全碼 •••', 'cvv'],
    ['卡片背面後三碼是 321', '卡片背面後三碼是 •••', 'cvv'],
    ['my PIN number is 2468', 'my PIN number is ••••', 'pin'],
    ['PIN no. 2468', 'PIN no. ••••', 'pin'],
    ['PIN码 2468', 'PIN码 ••••', 'pin'],
    ['提款密碼 2468', '提款密碼 ••••', 'pin'],
    ['密码abc123', '密码••••', 'password'],
    ['密碼abc123', '密碼••••', 'password'],
    ['登入密碼是 Abc12345', '登入密碼是 ••••', 'password'],
    ['passcode: 135790', 'passcode: ••••', 'password'],
    ['短信 483920', '短信 ••••', 'sms-code'],
    ['短信码是483920', '短信码是••••', 'sms-code'],
    ['簡訊 483920', '簡訊 ••••', 'sms-code'],
    ['簡訊驗證碼：483920', '簡訊驗證碼：••••', 'sms-code'],
    ['驗證碼 483920', '驗證碼 ••••', 'sms-code'],
    ['一次性密码 483920', '一次性密码 ••••', 'sms-code'],
    ['the text code was 483920', 'the text code was ••••', 'sms-code'],
    ['verification code: 483 920', 'verification code: ••••', 'sms-code'],
    ['one-time password 998877', 'one-time password ••••', 'sms-code'],
    ['security code 483920', 'security code ••••', 'sms-code'],
  ])('masks %s', (text, masked, kind) => {
    expect(redact(text)).toEqual({ text: masked, found: [kind] });
  });

  it.each([
    ['短信 ٤٨٣٩٢٠', '短信 ••••'],
    ['CVV: ६५४', 'CVV: •••'],
    ['PIN\u200b: 2\u200b4\u200b6\u200b8', 'PIN\u200b: ••••'],
    ['ＯＴＰ：４８３９２０', 'ＯＴＰ：••••'],
  ])('masks %s, written in other digits or with invisible characters', (text, masked) => {
    expect(redact(text).text).toBe(masked);
  });

  it.each([
    '短信收不到',
    '短信验证码一直收不到，订单号 20261126',
    '密碼錯誤',
    'PIN number is wrong',
    'the code 51 means insufficient funds',
  ])('leaves %s alone', (text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });
});
