import type { CauseId, Classification } from './types.js';

// Temporary first cut; replaced by the table-driven classifier.
const simple: [RegExp, CauseId][] = [
  [/余额不足|insufficient|\b51\b/i, 'insufficient-balance'],
  [/do not honou?r|不予承兑|\b05\b/i, 'bank-restricted'],
  [/网络|network|timeout|超时/i, 'network'],
];

export function classifyError(text: string, code?: string): Classification {
  const t = `${code ?? ''} ${text}`.normalize('NFKC');
  for (const [re, cause] of simple) {
    const m = re.exec(t);
    if (m) return { cause, confidence: 0.8, matched: m[0] };
  }
  return { cause: 'unknown', confidence: 0 };
}
