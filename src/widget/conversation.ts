import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Locale } from '../shared/types.js';
import type { Facts, Message, TicketEdits } from '../engine/context.js';
import { loadFlow } from '../../flows/index.js';
import { factsFromHost, type HostFacts } from '../engine/host-facts.js';
import { isProblemId, problemIds, type ProblemId } from '../shared/problems.js';
import type { Prompt, ViewChoice } from '../engine/prompt.js';
import type { SessionView } from '../engine/session.js';
import type { Translation } from '../i18n/index.js';
import { loadTranslation } from '../i18n/load.js';
import { isTicketFormat, type TicketFormat } from '../ticket/adapters/index.js';
import { buildTicket } from '../ticket/build.js';
import { openStore } from '../ticket/storage.js';
import type { Ticket } from '../ticket/types.js';
import { conversationStyles } from './conversation.styles.js';
import { emit } from './events.js';
import { toDateTimeLocal } from '../engine/iso-time.js';
import { renderRich } from './internal/rich-text.js';
import { ticketAsText } from './internal/mailto.js';
import { SessionController } from './internal/session-controller.js';
import { courierFor, type TicketCourier } from './internal/ticket-handoff.js';
import { renderTicketStatuses } from './internal/ticket-status.js';
import './ticket-form.js';

export interface ConversationConfig {
  locale: Locale;
  problem?: string;
  host: HostFacts;
  ticketEndpoint?: string;
  /** How the endpoint takes tickets: generic JSON (default), Zendesk or Freshdesk. */
  ticketFormat?: TicketFormat;
  /** Where the conversation survives a reload: sessionStorage (default), localStorage, or nowhere. */
  persist?: 'session' | 'local' | 'none';
}

/** A set of choices the user already answered: kept in the log, disabled, the pick marked. */
interface AnsweredChoices {
  /** Index in the transcript before which the group is shown. */
  at: number;
  choices: ViewChoice[];
  chosen: string;
}

/**
 * @summary The conversation inside `<wallet-support>`'s panel, loaded on first open. It renders
 * the session's view (transcript and current prompt) and sends the user's input back; what to
 * ask next is always the flow's decision. Renders into the parent's shadow root (one tree for
 * roles, labels and styles).
 */
export class WalletSupportConversation extends LitElement {
  static override properties = {
    config: { attribute: false },
    text: { state: true },
    copiedTicket: { state: true },
  };

  /**
   * The page's courier (the outbox) for an element, reached through this class once the chunk is
   * loaded: the element needs nothing else from the module, so no module namespace is built.
   */
  static courierFor = courierFor;

  declare config: ConversationConfig;
  /** The UI strings of `config.locale`, loaded with the conversation's first start. */
  declare private text?: Translation;
  /** Tickets whose outcome an earlier conversation reported (sent, handed over, refused): not shown again after "Start over". */
  #reportedTickets = new Set<string>();
  declare private copiedTicket?: string;
  #courier?: TicketCourier;
  #stopWatchingTickets?: () => void;
  #answered: AnsweredChoices[] = [];
  #focusNextPrompt = false;
  #contrastChecked = false;
  readonly #session = new SessionController(this, (view) => this.#handleView(view));
  /** The state last reported in `wallet-support-step`. */
  #lastStep?: string;

  protected override createRenderRoot() {
    const root = this.getRootNode();
    if (
      root instanceof ShadowRoot &&
      conversationStyles.styleSheet &&
      !root.adoptedStyleSheets.includes(conversationStyles.styleSheet)
    ) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, conversationStyles.styleSheet];
    }
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#session.session && this.config) {
      // The strings download while the empty log gets its first frame.
      void this.#loadText(this.config.locale);
      void this.#startAfterFirstPaint();
    }
    const host = (this.getRootNode() as ShadowRoot).host;
    if (host instanceof HTMLElement) {
      this.#courier = courierFor(host);
      this.#stopWatchingTickets = this.#courier.subscribe(() => this.requestUpdate());
      // The element connects it on load; again here for an element that was moved or re-added.
      this.#courier.connect({ persist: this.config?.persist });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingTickets?.();
    this.#stopWatchingTickets = undefined;
  }

  /**
   * The log must be on screen (and in the accessibility tree) before its first message, or screen
   * readers do not announce what arrives in it (W3C ARIA23): render it empty, start a frame later.
   */
  async #startAfterFirstPaint(): Promise<void> {
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    if (!this.#session.session && this.isConnected) await this.restart(this.config, { resume: true });
  }

  async #loadText(locale: Locale): Promise<void> {
    const text = await loadTranslation(locale);
    if (locale === this.config.locale) this.text = text;
  }

  /**
   * Starts the conversation over with a (possibly new) configuration. With `resume`, a conversation
   * kept from before a reload (same locale, problem and host facts) is picked up instead.
   */
  async restart(
    config: ConversationConfig = this.config,
    options: { resume?: boolean; keep?: { problem?: ProblemId; facts?: Facts } } = {},
  ): Promise<void> {
    this.config = config;
    this.#answered = [];
    this.#lastStep = undefined;
    // Only when starting over: the first start shows what happened meanwhile (a ticket from an
    // earlier page delivered before the panel was opened).
    if (this.#session.session) {
      for (const { ticket, status } of this.#courier?.tickets ?? []) {
        if (status.kind === 'sent' || status.kind === 'handed-to-host' || status.kind === 'failed')
          this.#reportedTickets.add(ticket.id);
      }
    }
    const problem = options.keep?.problem ?? (isProblemId(config.problem) ? config.problem : undefined);
    const persist = config.persist === 'local' || config.persist === 'none' ? config.persist : 'session';
    await this.#loadText(config.locale);
    await this.#session.start({
      loadFlow,
      locale: config.locale,
      problem,
      facts: options.keep?.facts ?? factsFromHost(config.host),
      problems: problemIds,
      persistence: persist === 'none' ? undefined : openStore(persist),
      resume: options.resume ?? false,
    });
  }

  /**
   * Moves focus into the current prompt: the answer box, else its first choice or field; when the
   * conversation is over, to the ticket's status, else to "Start over".
   */
  async focusPrompt(): Promise<void> {
    await this.updateComplete;
    if (!this.#session.view || this.#session.view.busy) {
      // Not started yet (or the bot is still working): focus the prompt when it shows.
      this.#focusNextPrompt = true;
      return;
    }
    // The answer box first even though quick replies come before it in the DOM (querySelector with
    // a selector list would pick those, and typing would then press them).
    const target =
      this.querySelector<HTMLElement>('.composer textarea') ??
      this.querySelector<HTMLElement>('.current button:not([disabled]), .current input') ??
      this.querySelector<HTMLElement>('.ticket-status') ??
      this.querySelector<HTMLElement>('.footer button');
    target?.focus();
  }

  /**
   * Whether moving focus to the next prompt follows the user: focus is still in this widget, or was
   * lost with the control they just used. A bot message never pulls focus back from the host page.
   */
  #focusIsOurs(): boolean {
    const active = document.activeElement;
    const root = this.getRootNode();
    return !active || active === document.body || (root instanceof ShadowRoot && active === root.host);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('config') as ConversationConfig | undefined;
    if (before && this.#session.session && before.locale !== this.config.locale) void this.#switchLanguage();
  }

  /**
   * The page or the host switched language: start again in the new one, with everything already
   * said kept as facts (so nothing is asked twice) and the problem already chosen.
   */
  async #switchLanguage(): Promise<void> {
    const view = this.#session.view;
    this.#session.session?.forget();
    await this.restart(this.config, { keep: { problem: view?.problem, facts: view?.context?.facts } });
    this.#focusNextPrompt = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.querySelector('.scroller');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    // Only once there is a prompt to focus: before the first view there is nothing to move to.
    if (this.#focusNextPrompt && this.#session.view && !this.#session.view.busy) {
      this.#focusNextPrompt = false;
      if (this.#focusIsOurs()) void this.focusPrompt();
    }
    this.#warnOnLowContrast();
  }

  /**
   * Once per widget, when the first bubble shows: tells a host whose theme makes text hard to read
   * (WCAG 1.4.3). Only a host that set its own colours can have: the default themes keep 4.5:1
   * (test/browser/a11y.test.ts), so the check loads only then, as the time parser loads only for
   * a typed time.
   */
  #warnOnLowContrast(): void {
    const root = this.getRootNode();
    if (
      this.#contrastChecked ||
      !(root instanceof ShadowRoot) ||
      !this.querySelector('.bot .bubble')?.getClientRects().length
    )
      return;
    this.#contrastChecked = true;
    const style = getComputedStyle(root.host);
    if (!themeColours.some((name) => style.getPropertyValue(`--wallet-support-${name}`).trim())) return;
    void import('./internal/contrast.js').then(({ lowContrastParts }) => {
      const problems = lowContrastParts(root);
      if (problems.length)
        console.warn(`<wallet-support>: text contrast below 4.5:1 with this theme: ${problems.join(', ')}`);
    });
  }

  protected override render() {
    const view = this.#session.view;
    const transcript = view?.transcript ?? [];
    return html`
      <div class="scroller">
        <div part="log" class="log" role="log" aria-live="polite" aria-relevant="additions">
          ${transcript.map((line, index) => html`${this.#renderAnswered(index)}${this.#renderMessage(line)}`)}
          ${this.#renderAnswered(transcript.length)}
        </div>
        ${this.text ? this.#renderPromptArea(view, this.text) : nothing}
      </div>
      ${this.text ? this.#renderControls(view, this.text) : nothing}
    `;
  }

  /** Below the log: the bot typing, the current question's choices or form, ticket statuses. */
  #renderPromptArea(view: SessionView | undefined, text: Translation) {
    return html`
      ${view?.busy ? html`<div class="typing" role="status"><span class="dots" aria-hidden="true"></span>${text.typing}</div>` : nothing}
      <div class="current">${view?.busy ? nothing : this.#renderPrompt(view?.prompt, text)}</div>
      ${renderTicketStatuses(
        (this.#courier?.tickets ?? []).filter(({ ticket }) => !this.#reportedTickets.has(ticket.id)),
        text.ticket,
        {
          copied: this.copiedTicket,
          copy: (ticket) => void this.#handleCopyTicket(ticket),
          dismiss: (id) => this.#courier?.dismiss(id),
        },
      )}
    `;
  }

  /** The answer box when a free answer is asked, then Back and Start over. */
  #renderControls(view: SessionView | undefined, text: Translation) {
    return html`
      ${view?.prompt?.kind === 'answer' ? this.#renderComposer(view.prompt, text) : nothing}
      <div class="footer">
        ${view?.canGoBack ? html`<button type="button" class="link" @click=${this.#handleBack}>${text.back}</button>` : nothing}
        <button type="button" class="link" @click=${() => this.restart(this.config, { resume: false })}>
          ${text.restart}
        </button>
      </div>
    `;
  }

  #renderMessage(line: Message) {
    if (line.from === 'user') {
      // User input is always text, never markdown or HTML.
      return html`<div part="message" class="message user"><div part="bubble" class="bubble">${line.text}</div></div>`;
    }
    // Compiled at build time: rendering it is only a few Lit templates, cheap enough on every update.
    return html`<div part="message" class="message bot">
      <div part="bubble" class="bubble">${renderRich(line.rich ?? line.text)}</div>
    </div>`;
  }

  #renderAnswered(index: number) {
    return this.#answered
      .filter((group) => group.at === index)
      .map(
        (group) =>
          html`<div part="choices" class="choices answered">
            ${group.choices.map(
              (choice) =>
                html`<button type="button" disabled aria-pressed=${choice.id === group.chosen ? 'true' : 'false'}>
                  ${choice.label}
                </button>`,
            )}
          </div>`,
      );
  }

  #renderPrompt(prompt: Prompt | undefined, text: Translation) {
    switch (prompt?.kind) {
      case 'choice':
      case 'outcome':
        return this.#renderChoices(prompt.choices);
      case 'answer':
        return html`${prompt.choices.length ? this.#renderChoices(prompt.choices) : nothing}
        ${this.#renderSuggestions(prompt.suggestions)}
        ${prompt.answer === 'time' ? this.#renderTimePicker(text) : nothing}`;
      case 'ticket':
        return html`<wallet-support-ticket-form
          .context=${this.#session.view!.context!}
          .text=${text}
          @ticket-submit=${this.#handleTicketSubmit}
        ></wallet-support-ticket-form>`;
      default:
        return nothing;
    }
  }

  #renderChoices(choices: ViewChoice[]) {
    // The state these buttons answer: a click that arrives after the flow moved on is not theirs.
    const state = this.#session.view?.state;
    return html`<div part="choices" class="choices">
      ${choices.map(
        (choice) =>
          html`<button type="button" @click=${(event: MouseEvent) => this.#handleChoose(event, choice, choices, state)}>
            ${choice.label}
          </button>`,
      )}
    </div>`;
  }

  /** Quick answers ("just now"): sent as if typed, so the flow reads them like any answer. */
  #renderSuggestions(suggestions: string[]) {
    if (suggestions.length === 0) return nothing;
    return html`<div part="choices" class="choices suggestions">
      ${suggestions.map((label) => html`<button type="button" @click=${(event: MouseEvent) => this.#handleSuggestion(event, label)}>${label}</button>`)}
    </div>`;
  }

  #renderTimePicker(text: Translation) {
    return html`<form class="time-picker" @submit=${this.#handleTimePicked}>
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

  #renderComposer(prompt: Extract<Prompt, { kind: 'answer' }>, text: Translation) {
    return html`<form part="composer" class="composer" @submit=${this.#handleSend}>
      <label for="answer" class="visually-hidden">${prompt.label}</label>
      <textarea
        id="answer"
        name="answer"
        rows="1"
        maxlength="2000"
        placeholder=${prompt.placeholder ?? ''}
        @keydown=${this.#handleComposerKeydown}
      ></textarea>
      <button part="send-button" type="submit" class="primary" @click=${ignoreRepeatClick}>${text.send}</button>
    </form>`;
  }

  #handleView(view: SessionView): void {
    // A group stays once its answer is in the log; after "Back" (or a refused pick) it is live again.
    this.#answered = this.#answered.filter((group) => group.at < view.transcript.length);
    // A step is a question (or an ending) the user sees: not "starting", nor a flow still loading.
    if (view.prompt && !view.busy && view.state !== this.#lastStep) {
      this.#lastStep = view.state;
      emit(this, 'wallet-support-step', { problem: view.problem, state: view.state });
      if (view.problem && view.prompt?.kind === 'done') this.#handleDone(view);
    }
  }

  #handleDone(view: SessionView): void {
    const context = view.context;
    if (!context || !view.problem || view.prompt?.kind !== 'done') return;
    if (view.prompt.outcome === 'resolved') {
      emit(this, 'wallet-support-resolved', { problem: view.problem as ProblemId, cause: context.cause ?? 'unknown' });
      return;
    }
    const ticket = buildTicket(context, { url: location.href, userAgent: navigator.userAgent });
    this.#courier ??= courierFor(this);
    const { ticketEndpoint, ticketFormat } = this.config;
    this.#courier.file(ticket, {
      endpoint: ticketEndpoint || undefined,
      format: isTicketFormat(ticketFormat) ? ticketFormat : 'json',
    });
  }

  #handleChoose(event: MouseEvent, choice: ViewChoice, choices: ViewChoice[], state: string | undefined): void {
    if (isRepeatClick(event)) return;
    this.#answered = [
      ...this.#answered,
      { at: this.#session.view?.transcript.length ?? 0, choices, chosen: choice.id },
    ];
    this.#focusNextPrompt = true;
    this.#session.session?.choose(choice.id, state);
  }

  #handleSuggestion(event: MouseEvent, label: string): void {
    if (isRepeatClick(event)) return;
    this.#focusNextPrompt = true;
    void this.#session.session?.answer(label);
  }

  #handleTimePicked = (event: SubmitEvent) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget as HTMLFormElement).get('time');
    if (typeof value !== 'string' || !value) return;
    this.#focusNextPrompt = true;
    // A datetime-local value ("2026-11-26T15:00") is local wall time, which parseTime reads as such.
    void this.#session.session?.answer(value.replace('T', ' '));
  };

  #handleBack = () => {
    this.#focusNextPrompt = true;
    this.#session.session?.back();
  };

  #handleComposerKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
    }
  };

  /**
   * The answer box holds the draft itself (it stays on the page between questions, so focus stays
   * in it): read when sent, emptied, and given back when an amount or a time could not be read.
   */
  #handleSend = async (event: SubmitEvent) => {
    event.preventDefault();
    const box = (event.currentTarget as HTMLFormElement).elements.namedItem('answer') as HTMLTextAreaElement;
    const typed = box.value;
    // A second Enter while the bot works must not lose the text.
    if (!typed.trim() || this.#session.view?.busy) return;
    const asked = this.#session.view;
    box.value = '';
    this.#focusNextPrompt = true;
    await this.#session.session?.answer(typed);
    const view = this.#session.view;
    const refusedReading = asked?.prompt?.kind === 'answer' && asked.prompt.answer !== 'text';
    if (refusedReading && view?.state === asked.state && view.prompt?.kind === 'answer' && !box.value) {
      // Not understood: the answer comes back to correct (as logged, i.e. with secrets masked).
      // A description that was not understood is not: sent again unchanged, it would fail again.
      box.value = view.transcript.findLast((line) => line.from === 'user')?.text ?? '';
    }
  };

  #handleTicketSubmit = (event: CustomEvent<{ edits: TicketEdits }>) => {
    this.#focusNextPrompt = true;
    this.#session.session?.submitTicket(event.detail.edits);
  };

  async #handleCopyTicket(ticket: Ticket): Promise<void> {
    try {
      await navigator.clipboard.writeText(ticketAsText(ticket));
      this.copiedTicket = ticket.id;
    } catch {
      // No clipboard (permission, insecure page): the e-mail link is the other way out.
    }
  }
}

/** The colour properties a host may set (README "Theming"): with none set, the tested defaults apply. */
const themeColours = [
  'accent',
  'accent-text',
  'surface',
  'text',
  'muted',
  'border',
  'bot-bubble',
  'choice-hover',
  'danger',
];

/**
 * The second click of a double click: Chromium dispatches it, with `detail` 2, to whatever button
 * the first click rendered under the pointer, so it would answer the next question unread.
 * Keyboard activation has `detail` 0 and is never a repeat.
 */
function isRepeatClick(event: MouseEvent): boolean {
  return event.detail > 1;
}

/**
 * For the submit buttons (Send, Use this time): the second click of a double click does not send
 * the form again. A refused answer comes back into the answer box, so it would be sent twice, and a
 * time more than 180 days ago sent again is taken as confirmed, unread.
 */
function ignoreRepeatClick(event: MouseEvent): void {
  if (isRepeatClick(event)) event.preventDefault();
}

if (!customElements.get('wallet-support-conversation')) {
  customElements.define('wallet-support-conversation', WalletSupportConversation);
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support-conversation': WalletSupportConversation;
  }
}
