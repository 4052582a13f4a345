/**
 * Replaying a masked answer: each mask is typed as a made-up secret that the widget masks back to
 * exactly what the transcript holds, so the answer is refused or hidden as it was
 * (test/transcripts/payment-failed.en.card-number-as-amount-ticket.json replays one).
 */
import { describe, expect, it } from 'vitest';
import { standInSecrets } from '../../demo/lab/stand-in-secrets.js';
import { redact } from '../../src/diagnose/redact.js';

describe('a masked answer, replayed', () => {
  it.each([
    ['•••• 1111', 'card-number'],
    ['卡號 •••• 1111 一直綁不上，說卡片已過期', 'card-number'],
    ['Declined: insufficient funds. Card •••• 4242', 'card-number'],
    ['收到验证码 •••• 之后就登录不上了', 'sms-code'],
    ['PIN: ••••', 'pin'],
    ['密码是 ••••', 'password'],
    ['身份证 ••••', 'id-number'],
  ])('%s is typed as a secret the widget masks back to the same text (%s)', (masked, kind) => {
    const typed = standInSecrets(masked);
    expect(typed).not.toContain('••••');
    expect(redact(typed)).toEqual({ text: masked, found: [kind] });
  });

  it('leaves an answer without masks as it is', () => {
    expect(standInSecrets('昨天下午3点，¥1,299.50')).toBe('昨天下午3点，¥1,299.50');
  });
});
