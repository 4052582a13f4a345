import { t, type Text } from './text.js';

/**
 * The quick answer beside every time and amount question (docs/contract.md "Operating it as a person does"): sent as if
 * typed, and read by saysDontKnow like "不记得了" typed in full.
 */
export const dontRememberLabel: Text = t('不记得了', "I don't remember", '不記得了');

/** The bot's reply: nothing is lost, and the person knows support will see it is unknown. */
export const notRememberedReply: Text = t(
  '没关系，我会在工单里注明这一项不清楚。',
  "That's fine: I'll note in the ticket that this is not known.",
  '沒關係，我會在客服單裡註明這一項不清楚。',
);
