import { html, nothing } from 'lit';
import type { Message, TicketEdits } from '../../engine/context.js';
import { toDateTimeLocal } from '../../engine/iso-time.js';
import type { Prompt, ViewChoice } from '../../engine/prompt.js';
import type { SessionView } from '../../engine/session.js';
import type { Translation } from '../../i18n/index.js';
import { renderAttachButton, type Attach, type TrayView } from './attach-button.js';
import { ignoreRepeatClick } from './repeat-click.js';
import { renderRich } from './rich-text.js';
import '../ticket-form.js';

/**
 * The conversation's templates: the log's messages and the current prompt (choices, quick
 * answers, the time picker, the answer box, the ticket form). Pure rendering of the session's
 * view; what a control does is the element's (`ConversationActions`). An answered question's
 * buttons go with it: the chosen answer stays in the log as the user's message (decision 0004).
 */

export interface ConversationActions {
  /** `state`: the state the buttons were drawn for (a late click is not theirs). */
  choose(event: MouseEvent, choice: ViewChoice, state: string | undefined): void;
  suggest(event: MouseEvent, label: string): void;
  pickTime(event: SubmitEvent): void;
  composerKeydown(event: KeyboardEvent): void;
  send(event: SubmitEvent): void;
  submitTicket(event: CustomEvent<{ edits: TicketEdits }>): void;
  /** Screenshots picked, pasted or dropped (the tray loads with the first). */
  attach: Attach;
}

/** Where a screenshot is offered: the question that asks for the error message, and the ticket form. */
export const takesScreenshots = (prompt: Prompt | undefined) =>
  prompt?.kind === 'ticket' || (prompt?.kind === 'answer' && prompt.fact === 'errorMessage');

export function renderMessage(line: Message) {
  if (line.from === 'user') {
    // User input is always text, never markdown or HTML.
    return html`<div part="message" class="message user"><div part="bubble" class="bubble">${line.text}</div></div>`;
  }
  // Compiled at build time: rendering it is only a few Lit templates, cheap enough on every update.
  return html`<div part="message" class="message bot">
    <div part="bubble" class="bubble">${renderRich(line.rich ?? line.text)}</div>
  </div>`;
}

/** The current question's controls, below the log (the answer box is rendered apart: renderComposer). */
export function renderPrompt(view: SessionView, text: Translation, actions: ConversationActions, tray?: TrayView) {
  const prompt = view.prompt;
  switch (prompt?.kind) {
    case 'choice':
    case 'outcome':
      return renderChoices(prompt.choices, view.state, actions);
    case 'answer':
      return html`${prompt.choices.length ? renderChoices(prompt.choices, view.state, actions) : nothing}
      ${renderSuggestions(prompt.suggestions, actions)}
      ${prompt.answer === 'time' ? renderTimePicker(text, actions) : nothing}
      ${takesScreenshots(prompt) ? renderAttachButton(text.orAttachScreenshot, actions.attach, tray) : nothing}`;
    case 'ticket':
      return html`<wallet-support-ticket-form
        .context=${view.context!}
        .text=${text}
        .payment=${prompt.payment}
        .screenshots=${tray}
        .attach=${actions.attach}
        @ticket-submit=${actions.submitTicket}
      ></wallet-support-ticket-form>`;
    default:
      return nothing;
  }
}

function renderChoices(choices: ViewChoice[], state: string, actions: ConversationActions) {
  return html`<div part="choices" class="choices">
    ${choices.map(
      (choice) =>
        html`<button type="button" @click=${(event: MouseEvent) => actions.choose(event, choice, state)}>
          ${choice.label}
        </button>`,
    )}
  </div>`;
}

/** Quick answers ("just now"): sent as if typed, so the flow reads them like any answer. */
function renderSuggestions(suggestions: string[], actions: ConversationActions) {
  if (suggestions.length === 0) return nothing;
  return html`<div part="choices" class="choices suggestions">
    ${suggestions.map((label) => html`<button type="button" @click=${(event: MouseEvent) => actions.suggest(event, label)}>${label}</button>`)}
  </div>`;
}

function renderTimePicker(text: Translation, actions: ConversationActions) {
  return html`<form class="time-picker" @submit=${actions.pickTime}>
    <label for="answer-time">${text.pickTime}</label>
    <input
      id="answer-time"
      name="time"
      type="datetime-local"
      required
      max=${toDateTimeLocal(new Date().toISOString())}
    />
    <button type="submit" @click=${ignoreRepeatClick}>${text.useTime}</button>
  </form>`;
}

/** The answer box, when a free answer is asked. */
export function renderComposer(
  prompt: Extract<Prompt, { kind: 'answer' }>,
  text: Translation,
  actions: ConversationActions,
) {
  return html`<form part="composer" class="composer" @submit=${actions.send}>
    <label for="answer" class="visually-hidden">${prompt.label}</label>
    <textarea
      id="answer"
      name="answer"
      rows="1"
      maxlength="2000"
      placeholder=${prompt.placeholder ?? ''}
      @keydown=${actions.composerKeydown}
    ></textarea>
    <button part="send-button" type="submit" class="primary" @click=${ignoreRepeatClick}>${text.send}</button>
  </form>`;
}
