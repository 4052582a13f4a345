import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { flowLoaders } from '../../flows/index.js';
import type { Locale } from '../diagnose/types.js';
import type { Message, TicketEdits } from '../engine/context.js';
import { factsFromHost, type HostFacts } from '../engine/host-facts.js';
import { isProblemId, problemIds, type ProblemId } from '../engine/problems.js';
import type { Prompt, ViewChoice } from '../engine/prompt.js';
import type { SessionView } from '../engine/session.js';
import { translationFor, type Translation } from '../i18n/index.js';
import { buildTicket } from '../ticket/build.js';
import type { Ticket } from '../ticket/types.js';
import { conversationStyles } from './conversation.styles.js';
import { emit } from './events.js';
import { renderMarkdown } from './internal/markdown.js';
import { mailtoLink, ticketAsText } from './internal/mailto.js';
import { SessionController } from './internal/session-controller.js';
import { handOffTicket, type TicketStatus } from './internal/ticket-handoff.js';
import './ticket-form.js';

export interface ConversationConfig {
  locale: Locale;
  problem?: string;
  host: HostFacts;
  ticketEndpoint?: string;
}

/** A set of choices the user already answered: kept in the log, disabled, the pick marked. */
interface AnsweredChoices {
  /** Index in the transcript before which the group is shown. */
  at: number;
  choices: ViewChoice[];
  chosen: string;
}

const availableProblems = problemIds.filter((id) => id in flowLoaders);

/**
 * @summary The conversation inside `<wallet-support>`'s panel, loaded on first open. It renders
 * the session's view (transcript and current prompt) and sends the user's input back; what to
 * ask next is always the flow's decision. Renders into the parent's shadow root (one tree for
 * roles, labels and styles).
 */
export class WalletSupportConversation extends LitElement {
  static override properties = {
    config: { attribute: false },
    ticketStatus: { state: true },
  };

  declare config: ConversationConfig;
  private declare ticketStatus?: TicketStatus;
  private ticket?: Ticket;
  private answered: AnsweredChoices[] = [];
  private draft = '';
  private focusNextPrompt = false;
  private readonly markdownCache = new WeakMap<Message, DocumentFragment>();
  private readonly session = new SessionController(this, (view, previous) => this.handleView(view, previous));

  protected override createRenderRoot() {
    const root = this.getRootNode();
    if (root instanceof ShadowRoot && conversationStyles.styleSheet && !root.adoptedStyleSheets.includes(conversationStyles.styleSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, conversationStyles.styleSheet];
    }
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.session.session && this.config) void this.restart(this.config);
  }

  /** Starts the conversation over with a (possibly new) configuration. */
  async restart(config: ConversationConfig = this.config): Promise<void> {
    this.config = config;
    this.answered = [];
    this.ticket = undefined;
    this.ticketStatus = undefined;
    const problem = isProblemId(config.problem) && config.problem in flowLoaders ? config.problem : undefined;
    await this.session.start({
      locale: config.locale,
      problem,
      facts: factsFromHost(config.host),
      problems: availableProblems,
    });
  }

  /** Moves focus into the current prompt: the answer box, else its first choice. */
  async focusPrompt(): Promise<void> {
    await this.updateComplete;
    const target = this.querySelector<HTMLElement>('.composer textarea, .current button:not([disabled]), .current input');
    target?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.querySelector('.scroller');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    if (this.focusNextPrompt && !this.session.view?.busy) {
      this.focusNextPrompt = false;
      void this.focusPrompt();
    }
  }

  protected override render() {
    const view = this.session.view;
    const text = translationFor(this.config.locale);
    const transcript = view?.transcript ?? [];
    return html`
      <div class="scroller">
        <div part="log" class="log" role="log" aria-live="polite" aria-relevant="additions">
          ${transcript.map((line, index) => html`${this.renderAnswered(index)}${this.renderMessage(line)}`)}
          ${this.renderAnswered(transcript.length)}
        </div>
        ${view?.busy ? html`<div class="typing" role="status"><span class="dots" aria-hidden="true"></span>${text.typing}</div>` : nothing}
        <div class="current">${view?.busy ? nothing : this.renderPrompt(view?.prompt, text)}</div>
        ${this.renderTicketStatus(text)}
      </div>
      ${view?.prompt?.kind === 'answer' && !view.busy ? this.renderComposer(view.prompt, text) : nothing}
      <div class="footer">
        <button type="button" class="link" @click=${() => this.restart()}>${text.restart}</button>
      </div>
    `;
  }

  private renderMessage(line: Message) {
    if (line.from === 'user') {
      // User input is always text, never markdown or HTML.
      return html`<div part="message" class="message user"><div part="bubble" class="bubble">${line.text}</div></div>`;
    }
    let content = this.markdownCache.get(line);
    if (!content) {
      content = renderMarkdown(line.text);
      this.markdownCache.set(line, content);
    }
    return html`<div part="message" class="message bot"><div part="bubble" class="bubble">${content}</div></div>`;
  }

  private renderAnswered(index: number) {
    return this.answered
      .filter((group) => group.at === index)
      .map(
        (group) => html`<div part="choices" class="choices answered">
          ${group.choices.map(
            (choice) => html`<button type="button" disabled aria-pressed=${choice.id === group.chosen ? 'true' : 'false'}>
              ${choice.label}
            </button>`,
          )}
        </div>`,
      );
  }

  private renderPrompt(prompt: Prompt | undefined, text: Translation) {
    switch (prompt?.kind) {
      case 'choice':
      case 'outcome':
        return this.renderChoices(prompt.choices);
      case 'answer':
        return prompt.choices.length ? this.renderChoices(prompt.choices) : nothing;
      case 'ticket':
        return html`<wallet-support-ticket-form
          .context=${this.session.view!.context!}
          .text=${text}
          @ticket-submit=${this.handleTicketSubmit}
        ></wallet-support-ticket-form>`;
      default:
        return nothing;
    }
  }

  private renderChoices(choices: ViewChoice[]) {
    return html`<div part="choices" class="choices">
      ${choices.map(
        (choice) => html`<button type="button" @click=${() => this.handleChoose(choice, choices)}>${choice.label}</button>`,
      )}
    </div>`;
  }

  private renderComposer(prompt: Extract<Prompt, { kind: 'answer' }>, text: Translation) {
    return html`<form part="composer" class="composer" @submit=${this.handleSend}>
      <label for="answer" class="visually-hidden">${prompt.label}</label>
      <textarea
        id="answer"
        name="answer"
        rows="1"
        maxlength="2000"
        placeholder=${prompt.placeholder ?? ''}
        .value=${this.draft}
        @input=${this.handleDraft}
        @keydown=${this.handleComposerKeydown}
      ></textarea>
      <button part="send-button" type="submit" class="primary">${text.send}</button>
    </form>`;
  }

  private renderTicketStatus(text: Translation) {
    const status = this.ticketStatus;
    if (!status) return nothing;
    const t = text.ticket;
    const message = {
      sending: () => t.sending,
      sent: () => t.sent(status.kind === 'sent' ? status.reference : undefined),
      'handed-to-host': () => t.handedToHost,
      failed: () => t.failed(status.kind === 'failed' ? status.error : ''),
    }[status.kind]();
    return html`<div class="ticket-status" role="status">
      <p>${message}</p>
      ${status.kind === 'failed' && this.ticket
        ? html`<div class="fallbacks">
            <button type="button" @click=${this.handleCopyTicket}>${t.copy}</button>
            <a href=${mailtoLink(this.ticket)}>${t.email}</a>
          </div>`
        : nothing}
    </div>`;
  }

  private handleView(view: SessionView, previous?: SessionView): void {
    if (view.state !== previous?.state) {
      emit(this, 'wallet-support-step', { problem: view.problem, state: view.state });
      if (view.problem && view.prompt?.kind === 'done') this.handleDone(view);
    }
  }

  private handleDone(view: SessionView): void {
    const context = view.context;
    if (!context || !view.problem || view.prompt?.kind !== 'done') return;
    if (view.prompt.outcome === 'resolved') {
      emit(this, 'wallet-support-resolved', { problem: view.problem as ProblemId, cause: context.cause ?? 'unknown' });
      return;
    }
    const ticket = buildTicket(context, { url: location.href, userAgent: navigator.userAgent });
    this.ticket = ticket;
    void handOffTicket(this, ticket, this.config.ticketEndpoint, (status) => {
      this.ticketStatus = status;
    });
  }

  private handleChoose(choice: ViewChoice, choices: ViewChoice[]): void {
    this.answered = [...this.answered, { at: this.session.view?.transcript.length ?? 0, choices, chosen: choice.id }];
    this.focusNextPrompt = true;
    this.session.session?.choose(choice.id);
  }

  private handleDraft = (event: InputEvent) => {
    this.draft = (event.target as HTMLTextAreaElement).value;
  };

  private handleComposerKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
    }
  };

  private handleSend = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = this.draft;
    if (!typed.trim()) return;
    const asked = this.session.view?.state;
    this.draft = '';
    this.focusNextPrompt = true;
    await this.session.session?.answer(typed);
    const view = this.session.view;
    if (view && view.state === asked && view.prompt?.kind === 'answer') {
      // Not understood: give the answer back to edit (as logged, i.e. with secrets masked).
      this.draft = view.transcript.findLast((line) => line.from === 'user')?.text ?? '';
      this.requestUpdate();
    }
  };

  private handleTicketSubmit = (event: CustomEvent<{ edits: TicketEdits }>) => {
    this.session.session?.submitTicket(event.detail.edits);
  };

  private handleCopyTicket = async () => {
    if (this.ticket) await navigator.clipboard?.writeText(ticketAsText(this.ticket)).catch(() => undefined);
  };
}

if (!customElements.get('wallet-support-conversation')) {
  customElements.define('wallet-support-conversation', WalletSupportConversation);
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support-conversation': WalletSupportConversation;
  }
}
