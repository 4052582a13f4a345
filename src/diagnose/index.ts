/**
 * DOM-free understanding of what users type: amounts, times, error messages and secrets.
 * Importable in Node, in workers and by the flows (`wallet-support-widget/diagnose`).
 */
export { parseAmount } from './amount.js';
export { parseTime } from './time.js';
export { classifyError } from './classify.js';
export { redact } from './redact.js';
export { saysDontKnow } from './dont-know.js';
export * from './types.js';
