import type { Redaction, RedactedKind } from './types.js';

// Temporary first cut; replaced by the full redactor.
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function redact(text: string): Redaction {
  const found: RedactedKind[] = [];
  const out = text.replace(/(?<![\d+])\d(?:[ -]?\d){11,18}(?!\d)/g, (run) => {
    const digits = run.replace(/\D/g, '');
    if (!luhn(digits)) return run;
    if (!found.includes('card-number')) found.push('card-number');
    return `•••• ${digits.slice(-4)}`;
  });
  return { text: out, found };
}
