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
  ])('masks %s to the last four', (text, masked) => {
    expect(redact(text)).toEqual({ text: masked, found: ['card-number'] });
  });

  it.each([
    ['4111 1111 1111 1112', 'fails the Luhn check'],
    ['+86 138 0013 8000 1234', 'is an international phone number'],
    ['https://shop.example/pay?card=4111111111111111', 'is inside a URL'],
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
    expect(redact('身份证 11010519491231002X 绑卡失败')).toEqual({ text: '身份证 •••• 绑卡失败', found: ['id-number'] });
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
