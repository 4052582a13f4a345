import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Locale } from '../shared/types.js';
import type { Facts, TicketEdits } from '../engine/context.js';
import { loadFlow } from '../../flows/index.js';
import { factsFromHost, type HostFacts } from '../engine/host-facts.js';
import { isProblemId, problemIds, type ProblemId } from '../shared/problems.js';
import type { ViewChoice } from '../engine/prompt.js';
import type { SessionView } from '../engine/session.js';
import type { Translation } from '../i18n/index.js';
import { loadTranslation } from '../i18n/load.js';
import { isTicketFormat, type TicketFormat } from '../ticket/adapters/types.js';
import { CONVERSATION_TTL } from '../engine/persistence.js';
import { openStore } from '../ticket/storage.js';
import type { Ticket } from '../ticket/types.js';
import { conversationStyles } from './conversation.styles.js';
import type { ConversationTag } from './events.js';
import { ConversationReporter, conversationTag } from './internal/conversation-reporter.js';
import type { Attach } from './internal/attach-button.js';
import {
  renderComposer,
  renderMessage,
  renderPrompt,
  takesScreenshots,
  type ConversationActions,
} from './internal/conversation-view.js';
import { formatDuration } from './internal/format.js';
import type { EarlierCaseCard } from './internal/earlier-case.js';
import type { renderIncident } from './internal/incident-card.js';
import type { KnownIncident } from './internal/known-incident.js';
import { renderRating, type Rating } from './internal/rating.js';
import type { ScreenshotTray } from './internal/screenshot-tray.js';
import { renderPrivacyNotice } from './internal/privacy.js';
import { focusIsInWidget, promptFocusTarget } from './internal/prompt-focus.js';
import { isRepeatClick } from './internal/repeat-click.js';
import { SessionController } from './internal/session-controller.js';
import type { TicketCourier } from './internal/ticket-handoff.js';
import {
  connectCourierWhenKept,
  courierOf,
  keepsTickets,
  loadedCourierFor,
  loadedTicketStatuses,
  loadedTicketText,
} from './internal/courier-loader.js';

export interface ConversationConfig {
  locale: Locale;
  problem?: string;
  host: HostFacts;
  ticketEndpoint?: string;
  /** How the endpoint takes tickets: generic JSON (default), Zendesk or Freshdesk. */
  ticketFormat?: TicketFormat;
  /** How soon support replies to a ticket (ISO 8601 duration), for the confirmation. */
  replyWithin?: string;
  /** The status page summary and which of its components touch which problem (issue 18). */
  statusEndpoint?: string;
  statusComponents?: string;
  /** Where the conversation survives a reload: sessionStorage (default), localStorage, or nowhere. */
  persist?: 'session' | 'local' | 'none';
  /** `GET <url>?reference=…`: the status of a case reported before (issue 18). */
  caseStatusEndpoint?: string;
  /** The host's privacy notice, linked before the first question. */
  privacyNoticeUrl?: string;
}

/**
 * @summary The conversation inside `<wallet-support>`'s panel, loaded on first open. It renders
 * the session's view (transcript and current prompt) and sends the user's input back; what to
 * ask next is always the flow's decision. Renders into the parent's shadow root (one tree for
 * roles, labels and styles).
 *
 * This element starts, restarts and re-languages the session and handles the user's input; the
 * templates (internal/conversation-view.ts), where focus goes (internal/prompt-focus.ts), what
 * the page is told (internal/conversation-reporter.ts) and how the end is shown
 * (internal/ticket-status.ts, internal/rating.ts) live beside it.
 */
export class WalletSupportConversation extends LitElement {
  static override properties = {
    config: { attribute: false },
    text: { state: true },
    copiedTicket: { state: true },
    rated: { state: true },
    incident: { state: true },
    screenshots: { state: true },
    earlierCase: { state: true },
    deletion: { state: true },
  };

  /**
   * The page's courier (the outbox) for an element, reached through this class once the chunk is
   * loaded: the element needs nothing else from the module, so no module namespace is built. The
   * courier is a chunk of its own (internal/courier-loader.ts).
   */
  static courierOf = courierOf;
  static loadedCourierFor = loadedCourierFor;
  static connectCourierWhenKept = connectCourierWhenKept;

  declare config: ConversationConfig;
  /** The UI strings of `config.locale`, loaded with the conversation's first start. */
  declare private text?: Translation;
  /** Tickets whose outcome an earlier conversation reported (sent, handed over, refused): not shown again after "Start over". */
  #reportedTickets = new Set<string>();
  declare private copiedTicket?: string;
  /** The conversation's rating, once given (one per conversation). */
  declare private rated?: Rating;
  /** A known incident on this conversation's problem (the status page), and its card until dismissed. */
  declare private incident?: { known: KnownIncident; shown: boolean; render: typeof renderIncident };
  /** The card of a ticket this browser sent about the same payment (issue 18): the next ticket may add to it. */
  declare private earlierCase?: EarlierCaseCard;
  /** "Delete my data": asking before a ticket would be lost, or done; with its chunk. */
  declare private deletion?: { state: 'confirming' | 'done'; module: typeof import('./internal/delete-data.js') };
  /** Screenshots attached in this conversation, filed with its ticket (loaded with the first one). */
  declare private screenshots?: ScreenshotTray;
  /** Counts conversations started afresh: screenshots picked in one never reach the next. */
  #generation = 0;
  /** The problem whose incidents were looked up, in this conversation. */
  #incidentsOf?: string;
  #courier?: TicketCourier;
  #stopWatchingTickets?: () => void;
  #focusNextPrompt = false;
  /** The ticket form last brought into view. */
  #formInView?: Element;
  readonly #session = new SessionController(this, (view) => {
    this.#reporter.report(view);
    if (view.problem) void this.#lookUpIncident(view.problem);
  });
  readonly #reporter = new ConversationReporter(this, (ticket, tag) => this.#file(ticket, tag));

  constructor() {
    super();
    for (const type of ['paste', 'dragover', 'drop']) this.addEventListener(type, this.#handleFiles);
  }

  /** The conversation on screen, for the element's open and close events (none before it starts). */
  get tag(): ConversationTag | undefined {
    const view = this.#session.view;
    return view && conversationTag(view);
  }

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
    // The element connects the courier on load when storage keeps a ticket; again here for an
    // element that was moved or re-added. Without one, it loads with the ticket form's reading.
    const courier = loadedCourierFor(this.#courierHost());
    if (courier) this.#useCourier(courier);
    else if (keepsTickets()) void this.#loadCourier();
  }

  /** Whose courier this conversation uses: the `<wallet-support>` element it is shown in. */
  #courierHost(): HTMLElement {
    const host = (this.getRootNode() as ShadowRoot).host;
    return host instanceof HTMLElement ? host : this;
  }

  /** The courier's chunk, then {@link #useCourier}. */
  #loadCourier(): Promise<TicketCourier> {
    return courierOf(this.#courierHost()).then((courier) => this.#useCourier(courier));
  }

  /** Shows the courier's tickets while this element is on the page, and has it connected. */
  #useCourier(courier: TicketCourier): TicketCourier {
    if (this.isConnected && !this.#stopWatchingTickets) {
      this.#courier = courier;
      this.#stopWatchingTickets = courier.subscribe(() => this.requestUpdate());
      courier.connect({ persist: this.config?.persist });
      this.requestUpdate();
    }
    return courier;
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
    options: { resume?: boolean; keep?: { problem?: ProblemId; facts?: Facts; conversationId?: string } } = {},
  ): Promise<void> {
    this.config = config;
    this.rated = undefined;
    this.deletion = undefined;
    // A language switch keeps what the person gave (`keep`); starting over does not.
    if (!options.keep) {
      this.#dropScreenshots();
      this.earlierCase = undefined;
    }
    this.incident = undefined;
    this.#incidentsOf = undefined;
    this.#reporter.reset();
    // Only when starting over: the first start shows what happened meanwhile (a ticket from an
    // earlier page delivered before the panel was opened).
    if (this.#session.session) {
      for (const { ticket, status } of this.#courier?.tickets ?? []) {
        if (status.kind === 'sent' || status.kind === 'with-host' || status.kind === 'rejected')
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
      keepFor: CONVERSATION_TTL[persist === 'local' ? 'local' : 'session'],
      resume: options.resume ?? false,
      conversationId: options.keep?.conversationId,
    });
    void this.#lookUpEarlierCase();
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
    promptFocusTarget(this)?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('config') as ConversationConfig | undefined;
    if (before && this.#session.session && before.locale !== this.config.locale) void this.#switchLanguage();
  }

  /**
   * The page or the host switched language: start again in the new one, with everything already
   * said kept as facts (so nothing is asked twice) and the problem already chosen. A conversation
   * that has ended stays as it is (its ticket's confirmation, its rating): only the words around it
   * change, or the person would be taken through it again and could file the same ticket twice.
   */
  async #switchLanguage(): Promise<void> {
    const view = this.#session.view;
    if (view?.prompt?.kind === 'done') return this.#loadText(this.config.locale);
    this.#session.session?.forget();
    await this.restart(this.config, {
      keep: { problem: view?.problem, facts: view?.context?.facts, conversationId: view?.conversationId },
    });
    this.earlierCase?.render();
    this.screenshots?.render();
    // The new conversation has rendered already: one more update moves focus into its prompt.
    this.#focusNextPrompt = true;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.querySelector('.scroller');
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    const form = this.querySelector('wallet-support-ticket-form');
    if (scroller && form && form !== this.#formInView) {
      this.#formInView = form;
      // The form draws after this element: once it has, its top comes into view (on a touch
      // screen no field takes focus, which would have scrolled it there).
      void form.updateComplete.then(() => {
        scroller.scrollTop += form.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      });
    }
    // Only once there is a prompt to focus: before the first view there is nothing to move to.
    if (this.#focusNextPrompt && this.#session.view && !this.#session.view.busy) {
      this.#focusNextPrompt = false;
      if (focusIsInWidget(this)) void this.focusPrompt();
    }
  }

  protected override render() {
    const view = this.#session.view;
    const transcript = view?.transcript ?? [];
    return html`
      <div class="scroller">
        ${
          this.incident?.shown
            ? this.incident.render(this.incident.known, this.config.locale, () => {
                this.incident = { ...this.incident!, shown: false };
                void this.focusPrompt();
              })
            : nothing
        }
        ${this.earlierCase?.element} ${this.text ? this.#renderPrivacy(this.text) : nothing}
        <div part="log" class="log" role="log" aria-live="polite" aria-relevant="additions">
          ${transcript.map(renderMessage)}
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
      <div class="current">
        ${!view || view.busy ? nothing : renderPrompt(view, text, this.#actions, this.#trayView())}
      </div>
      ${this.#renderTicketStatuses(text)}
      ${view?.prompt?.kind === 'done' ? renderRating(this.rated, text.rating, (rating) => this.#rate(view, rating)) : nothing}
    `;
  }

  /** Where the courier's tickets stand: none before its chunk has loaded (internal/courier-loader.ts). */
  #renderTicketStatuses(text: Translation) {
    const render = loadedTicketStatuses();
    if (!render || !this.#courier) return nothing;
    return render(
      this.#courier.tickets.filter(({ ticket }) => !this.#reportedTickets.has(ticket.id)),
      text.ticket,
      {
        copied: this.copiedTicket,
        replyWithin: formatDuration(this.config.replyWithin, this.config.locale),
        copy: (ticket) => void this.#handleCopyTicket(ticket),
        dismiss: (id) => this.#courier?.dismiss(id),
      },
    );
  }

  /** The host's privacy notice, and what "Delete my data" did. */
  #renderPrivacy(text: Translation) {
    return html`${renderPrivacyNotice(this.config.privacyNoticeUrl, text.privacy)}
    ${this.deletion?.state === 'done' ? this.deletion.module.renderDeleted(this.config.locale) : nothing}`;
  }

  /** The answer box when a free answer is asked, then Back, Start over and Delete my data (or its confirmation). */
  #renderControls(view: SessionView | undefined, text: Translation) {
    return html`
      ${view?.prompt?.kind === 'answer' ? renderComposer(view.prompt, text, this.#actions) : nothing}
      ${
        this.deletion?.state === 'confirming'
          ? this.deletion.module.renderDeleteConfirmation(
              this.config.locale,
              (confirmed) => void this.#deleteMyData(confirmed),
            )
          : html`<div class="footer">
              ${view?.canGoBack ? html`<button type="button" class="link" @click=${this.#handleBack}>${text.back}</button>` : nothing}
              <button type="button" class="link" @click=${() => this.restart(this.config, { resume: false })}>
                ${text.restart}
              </button>
              <button type="button" class="link delete-data" @click=${() => void this.#deleteMyData(false)}>
                ${text.privacy.delete}
              </button>
            </div>`
      }
    `;
  }

  /**
   * Deletes what the widget keeps on this device and starts afresh. A ticket not yet delivered is
   * lost only once the person confirmed it; until then they are asked, "Cancel" focused.
   * `confirmed` false from the confirmation is its "Cancel".
   */
  async #deleteMyData(confirmed: boolean): Promise<void> {
    if (this.deletion?.state === 'confirming' && !confirmed) {
      this.deletion = undefined;
      await this.updateComplete;
      this.querySelector<HTMLElement>('.delete-data')?.focus();
      return;
    }
    const [module, courier] = await Promise.all([import('./internal/delete-data.js'), this.#loadCourier()]);
    if (!module.deleteKeptData(courier, confirmed)) {
      this.deletion = { state: 'confirming', module };
      await this.updateComplete;
      this.querySelector<HTMLElement>('.keep-data')?.focus();
      return;
    }
    this.#session.session?.forget();
    await this.restart(this.config, { resume: false });
    this.deletion = { state: 'done', module };
    this.#focusNextPrompt = true;
  }

  /**
   * Once the conversation starts: a ticket this browser sent about the same payment (same order,
   * else same amount and minute) is said first. The code loads only when this browser has sent one
   * and the page said which payment this is.
   */
  async #lookUpEarlierCase(): Promise<void> {
    const facts = factsFromHost(this.config.host);
    // A browser that keeps no receipt loads no courier to look.
    if (this.earlierCase || !keepsTickets() || !(facts.orderId || facts.amount)) return;
    const sent = (await this.#loadCourier()).receipts();
    if (this.earlierCase || sent.length === 0) return;
    const module = await import('./internal/earlier-case.js');
    const found = module.earlierCase(sent, facts);
    if (!found || this.earlierCase) return;
    this.earlierCase = new module.EarlierCaseCard(
      found,
      () => this.config.locale,
      () => void this.focusPrompt(),
    );
    void this.earlierCase.showStatus(this.config.caseStatusEndpoint);
  }

  /** The person rated the help: the page hears it once per conversation. */
  #rate(view: SessionView, rating: Rating): void {
    if (!this.rated && this.#reporter.rated(view, rating)) this.rated = rating;
  }

  /**
   * Once the problem is known, on a page with a status endpoint: the status page's word on it,
   * said before anything else. Looked up at most once per problem per conversation; the code loads
   * only on such a page.
   */
  async #lookUpIncident(problem: string): Promise<void> {
    const { statusEndpoint, statusComponents } = this.config;
    if (!statusEndpoint || this.#incidentsOf === problem) return;
    this.#incidentsOf = problem;
    const [incidents, card] = await Promise.all([
      import('./internal/known-incident.js'),
      import('./internal/incident-card.js'),
    ]);
    const known = await incidents.knownIncident(statusEndpoint, statusComponents, problem);
    if (known && this.#incidentsOf === problem) this.incident = { known, shown: true, render: card.renderIncident };
  }

  /** A conversation that ended in a ticket: the page's courier takes it (outbox, host, endpoint), with its screenshots. */
  #file(filed: Ticket, tag: ConversationTag): void {
    const { ticketEndpoint, ticketFormat } = this.config;
    const known = this.incident?.known;
    const ticket = {
      ...filed,
      ...(known ? { incident: { id: known.id, name: known.name } } : {}),
      ...(this.earlierCase?.followUpOf ? { followUpOf: this.earlierCase.followUpOf } : {}),
    };
    const tray = this.screenshots;
    const file = (courier: TicketCourier) => {
      courier.file(
        ticket,
        { endpoint: ticketEndpoint || undefined, format: isTicketFormat(ticketFormat) ? ticketFormat : 'json' },
        tray?.files,
        tag,
      );
      tray?.clear();
    };
    // Detached now: the conversation is over. An image attached just before Submit is still being
    // made safe: the ticket waits for it (a moment), rather than leaving without it.
    this.screenshots = undefined;
    // The courier loaded with the ticket form's reading: the ticket is in the outbox in this task
    // (a page may go right after Submit). A ticket filed without the form waits for its chunk.
    const courier = loadedCourierFor(this.#courierHost());
    if (courier && !tray?.preparing) file(this.#useCourier(courier));
    else void Promise.all([this.#loadCourier(), tray?.preparing]).then(([loaded]) => file(loaded));
  }

  /**
   * What the view shows of the tray: a new object each render, so the ticket form draws again
   * when an image is added or removed.
   */
  #trayView() {
    const tray = this.screenshots;
    return tray && { element: tray.element, full: tray.full, files: tray.files };
  }

  /** The tray (and the editor and image code) loads with the first screenshot; its element is on the page before the editor opens in it. */
  #attach: Attach = async (files, returnFocus) => {
    if (files.length === 0) return;
    // Files picked before "Start over" (or the end) belong to the conversation they were picked in.
    const generation = this.#generation;
    if (!this.screenshots) {
      const { ScreenshotTray } = await import('./internal/screenshot-tray.js');
      if (generation !== this.#generation) return;
      this.screenshots ??= new ScreenshotTray(
        () => this.config.locale,
        () => this.requestUpdate(),
        this,
      );
      await this.updateComplete;
    }
    if (generation === this.#generation) await this.screenshots?.add(files, returnFocus);
  };

  /**
   * A screenshot pasted (into the answer box or a field of the form) or dropped anywhere in the
   * conversation, while one is asked for. Text is pasted as usual.
   */
  #handleFiles = (event: Event) => {
    const data = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
    const files = [...(data?.files ?? [])];
    const dropping = event.type !== 'paste';
    // A file dropped on the widget never makes the browser leave the page to open it.
    if (dropping ? data?.types.includes('Files') : files.length && takesScreenshots(this.#session.view?.prompt))
      event.preventDefault();
    if (event.type !== 'dragover' && takesScreenshots(this.#session.view?.prompt))
      void this.#attach(files, dropping ? undefined : (event.target as HTMLElement));
  };

  #dropScreenshots(): void {
    this.#generation++;
    this.screenshots?.clear();
    this.screenshots = undefined;
  }

  #handleChoose = (event: MouseEvent, choice: ViewChoice, state: string | undefined) => {
    if (isRepeatClick(event)) return;
    this.#focusNextPrompt = true;
    this.#session.session?.choose(choice.id, state);
  };

  #handleSuggestion = (event: MouseEvent, label: string) => {
    if (isRepeatClick(event)) return;
    this.#focusNextPrompt = true;
    void this.#session.session?.answer(label);
  };

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

  /** What the controls of the view do (after the handlers: fields are set in order). */
  readonly #actions: ConversationActions = {
    choose: this.#handleChoose,
    suggest: this.#handleSuggestion,
    pickTime: this.#handleTimePicked,
    composerKeydown: this.#handleComposerKeydown,
    send: this.#handleSend,
    submitTicket: this.#handleTicketSubmit,
    attach: (files, returnFocus) => void this.#attach(files, returnFocus),
  };

  async #handleCopyTicket(ticket: Ticket): Promise<void> {
    // Pressed in a ticket's status, which loads with this text (internal/courier-loader.ts).
    const asText = loadedTicketText();
    if (!asText) return;
    try {
      await navigator.clipboard.writeText(asText(ticket));
      this.copiedTicket = ticket.id;
    } catch {
      // No clipboard (permission, insecure page): the e-mail link is the other way out.
    }
  }
}

if (!customElements.get('wallet-support-conversation')) {
  customElements.define('wallet-support-conversation', WalletSupportConversation);
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support-conversation': WalletSupportConversation;
  }
}
