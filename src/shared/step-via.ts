/**
 * What moved a conversation to a step, as `wallet-support-step` reports it (docs/contract.md
 * "Events", docs/decisions/0016): the engine says it, the widget passes it on. Never what the
 * person typed.
 *
 * `choice`: a button, by its choice id; `answer`: a typed answer, by the kind of fact it gave
 * (`dont-know`: "I don't remember"); `ticket-form`: the ticket review sent; `back`: "Back";
 * `start`: the first question of a new conversation (or of the same one restarted in another
 * language); `resume`: the conversation picked up after a reload; `host`: nothing the person did
 * (a flow that could not be downloaded).
 */
export type StepVia = { choice: string } | { answer: AnswerVia } | 'ticket-form' | 'back' | 'start' | 'resume' | 'host';

/** The kind of a typed answer: the fact it gave, never its words (`text`: any other free-text fact). */
export type AnswerVia = 'amount' | 'time' | 'error-message' | 'description' | 'dont-know' | 'text';
