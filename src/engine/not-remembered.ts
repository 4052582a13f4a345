import { t, type Text } from './text.js';

/**
 * The quick answer beside every time and amount question (docs/contract.md "Operating it as a person does"): sent as if
 * typed, and read by saysDontKnow like "不记得了" typed in full. The bot's reply to it is in
 * reasons.ts, with the other replies to a typed answer (their words load with the reading of answers).
 */
export const dontRememberLabel: Text = t('不记得了', "I don't remember", '不記得了');
