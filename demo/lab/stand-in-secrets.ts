/**
 * A transcript keeps secrets as the widget showed them, masked ("•••• 1111", "验证码 ••••"): the
 * widget never had them in the clear to give. To replay such an answer as the widget read it (a
 * card number typed for an amount is refused, not read as ¥1,111), each mask is typed as a made-up
 * secret that the redactor masks back to exactly the same text: a test card number with the same
 * last four digits, or a code, a PIN, an ID number or a password, whichever the words around it call for.
 */
import { passesLuhn } from '../../src/diagnose/checksums.js';
import { MASK, redact } from '../../src/diagnose/redact.js';

/** A 16-digit number that passes the card checksum and ends in `last4`. */
function testCard(last4: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const digits = `41111111111${digit}${last4}`;
    if (passesLuhn(digits)) return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
  }
  return `4111 1111 1111 ${last4}`;
}

/** Made-up secrets, in the order tried: an SMS code, a PIN, a CVV, a resident ID (checksum valid), a password. */
const others = ['482915', '4829', '739', '11010519491231002X', 'Qv7!mz29'];

/** `masked` with each mask typed as a stand-in secret that masks back to it; unchanged where none does. */
export function standInSecrets(masked: string): string {
  let text = masked;
  let from = 0;
  for (;;) {
    const at = text.indexOf(MASK, from);
    if (at < 0) return text;
    const last4 = /^ (\d{4})(?!\d)/.exec(text.slice(at + MASK.length))?.[1];
    const candidates = last4 ? [{ secret: testCard(last4), length: MASK.length + 5 }] : [];
    candidates.push(...others.map((secret) => ({ secret, length: MASK.length })));
    const fits = candidates
      .map(({ secret, length }) => ({ secret, typed: text.slice(0, at) + secret + text.slice(at + length) }))
      .find(({ typed }) => redact(typed).text === redact(text).text && redact(typed).found.length > 0);
    if (fits) {
      text = fits.typed;
      from = at + fits.secret.length;
    } else {
      from = at + MASK.length;
    }
  }
}
