import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import type { Locale } from '../shared/types.js';
import { launcherTextFor } from '../i18n/launcher.js';
import { toLocale } from '../i18n/locale.js';
import { emit } from './events.js';
import { hostAttributes, hostFactNames, type HostContext } from '../shared/host-attributes.js';
import { prefersSavingData, whenIdle } from './internal/when-idle.js';
import { buildPanelFrame, showNotice, updatePanelFrame, type PanelFrame } from './internal/panel-frame.js';
import type { ConversationConfig, WalletSupportConversation } from './conversation.js';
import type { TicketCourier } from './internal/ticket-handoff.js';
import { fullScreenQuery, walletSupportStyles } from './wallet-support.styles.js';
import { applyTheme, isDark, pageColorScheme } from './wallet-support.theme.js';

/**
 * @summary An embeddable support chat for failed wallet operations: a launcher that opens a
 * conversation which diagnoses the failure and ends in a fix or a prefilled support ticket.
 *
 * This file is all a host page pays for until the user shows interest: the conversation (XState,
 * flows, markdown) loads on first open, on launcher hover or focus, once the page is loaded and
 * the browser idle (unless the user asked to save data), or at once when `open`/`problem` is set.
 * It is a ReactiveElement that builds its few nodes itself (internal/panel-frame.ts): lit-html
 * loads with the conversation (docs/decisions/0011).
 *
 * @attr lang - `zh-CN`, `zh-TW` or `en`; default: the page's `lang` (followed when it changes), else the browser's language.
 * @attr amount - The failed transaction's amount as a decimal string, e.g. "1299.50".
 * @attr currency - ISO 4217 code of `amount`; CNY when absent.
 * @attr occurred-at - When it happened, ISO 8601.
 * @attr error-code - The code the payment system returned, e.g. "51".
 * @attr error-message - The message the payment system showed.
 * @attr merchant - Who was being paid.
 * @attr order-id - The merchant's order number.
 * @attr payment-method - How the person paid: `balance`, `debit-card`, `credit-card` or `e-cny` (decides when money comes back).
 * @attr support-phone - The provider's official support hotline, offered where a person is the next step (e.g. "95188").
 * @attr contact - The person's e-mail address or phone number, prefilled in the ticket (they can change it).
 * @attr reply-within - How soon support replies to a ticket, ISO 8601 (`P1D`, `PT4H`): told to the person once it is sent.
 * @attr status-endpoint - The provider's status page summary (Statuspage `summary.json`): a known incident on the person's problem is said first.
 * @attr status-components - JSON: each status page component and the problem types it affects, e.g. `{"Payments": ["payment-failed"]}`.
 * @attr case-status-endpoint - `GET <url>?reference=…` answering `{status, updatedAt, message?}`: the status of a payment reported before, shown when it fails again.
 * @attr privacy-notice-url - Your privacy notice, linked in the panel before the first question.
 * @attr theme - `light`, `dark` or `auto` (default: the page's `color-scheme`; where it allows both or says nothing, the user's `prefers-color-scheme`).
 * @attr ticket-format - `json` (default), `zendesk` or `freshdesk`: the body `ticket-endpoint` gets.
 * @attr persist - where the conversation survives a reload: `session` (default), `local` or `none`.
 *
 * Every event's detail carries `conversationId` (random, one per conversation, kept across a reload
 * that picks it up) and `flowVersion` (the flow's `version`, once a flow is chosen); see docs/contract.md.
 *
 * @event wallet-support-open - `{conversationId?, flowVersion?}`: the panel opened (no id on a first open before the conversation loaded).
 * @event wallet-support-close - `{conversationId?, flowVersion?}`: the panel closed.
 * @event wallet-support-step - `{conversationId, flowVersion?, problem, state, via}` on every new question;
 *   `via` says what moved it: `{choice}` (a button's id), `{answer}` (the kind of answer, never its words),
 *   `ticket-form`, `back`, `start`, `resume` or `host`.
 * @event wallet-support-resolved - `{conversationId, flowVersion, problem, cause}` when a fix solved it.
 * @event wallet-support-rated - `{conversationId, flowVersion, problem, cause, resolved, rating}` when the person rates the help at the end
 *   (`rating`: `helpful` or `not-helpful`; `resolved`: a fix solved it, else it ended in a ticket).
 * @event wallet-support-ticket - `{conversationId, flowVersion, ticket}`; cancelable: preventDefault() takes over delivery,
 *   and the host then calls `acknowledgeTicket(ticket.id)`. Until then the ticket stays queued and
 *   is offered again after a reload (dedupe by `ticket.id`); with `ticket-endpoint` set, a ticket
 *   not acknowledged within 30 s goes there.
 * @event wallet-support-ticket-sent - `{conversationId, flowVersion, ticket, reference?}` once delivery is confirmed.
 * @event wallet-support-ticket-failed - `{conversationId, flowVersion, ticket, error}` when the endpoint refused it (a 4xx
 *   other than 408/429); the ticket is kept and the user offered to copy or e-mail it.
 *
 * @csspart launcher - The button that opens the panel.
 * @csspart panel - The dialog.
 * @csspart header - The panel's title bar.
 * @csspart log - The conversation (a polite live region).
 * @csspart message - One message, the bot's or the user's.
 * @csspart bubble - A message's text.
 * @csspart choices - A group of answer buttons.
 * @csspart composer - The free-answer form.
 * @csspart send-button - The composer's send button.
 * @csspart ticket-form - The support ticket review form.
 *
 * @cssproperty --wallet-support-accent - Launcher, header and buttons.
 * @cssproperty --wallet-support-accent-text - Text on the accent colour.
 * @cssproperty --wallet-support-surface - Panel background.
 * @cssproperty --wallet-support-text - Text colour.
 * @cssproperty --wallet-support-muted - Secondary text.
 * @cssproperty --wallet-support-border - Borders of the panel and fields.
 * @cssproperty --wallet-support-bot-bubble - Background of the bot's messages.
 * @cssproperty --wallet-support-choice-hover - Background of a hovered choice.
 * @cssproperty --wallet-support-danger - Errors.
 * @cssproperty --wallet-support-radius - Corner radius.
 * @cssproperty --wallet-support-font - Font family.
 * @cssproperty --wallet-support-z-index - Stacking order of launcher and panel.
 * @cssproperty --wallet-support-inset-block - Distance from the bottom of the viewport.
 * @cssproperty --wallet-support-inset-inline - Distance from the end edge of the viewport.
 */
export class WalletSupport extends ReactiveElement {
  static override styles = walletSupportStyles;

  static override properties = {
    lang: { type: String, reflect: true },
    problem: { type: String },
    // The facts a host may pass (shared/host-attributes.ts), each a string attribute.
    ...Object.fromEntries(Object.entries(hostAttributes).map(([name, attribute]) => [name, { attribute }])),
    ticketEndpoint: { type: String, attribute: 'ticket-endpoint' },
    ticketFormat: { type: String, attribute: 'ticket-format' },
    replyWithin: { type: String, attribute: 'reply-within' },
    statusEndpoint: { type: String, attribute: 'status-endpoint' },
    statusComponents: { type: String, attribute: 'status-components' },
    caseStatusEndpoint: { type: String, attribute: 'case-status-endpoint' },
    privacyNoticeUrl: { type: String, attribute: 'privacy-notice-url' },
    persist: { type: String },
    open: { type: Boolean, reflect: true },
    theme: { type: String, reflect: true },
    conversationState: { state: true },
  };

  /** Start directly in this flow (a problem id) instead of asking what went wrong. */
  declare problem?: string;
  /** The failed transaction's amount as a decimal string, e.g. "1299.50". */
  declare amount?: string;
  /** ISO 4217 code of `amount`; CNY when absent. */
  declare currency?: string;
  /** When it happened, ISO 8601. */
  declare occurredAt?: string;
  /** The code the payment system returned, e.g. "51". */
  declare errorCode?: string;
  /** The message the payment system showed. */
  declare errorMessage?: string;
  /** Who was being paid. */
  declare merchant?: string;
  /** The merchant's order number. */
  declare orderId?: string;
  /** How the person paid: `balance`, `debit-card`, `credit-card` or `e-cny` (decides when money comes back). */
  declare paymentMethod?: string;
  /** The provider's official support hotline, offered where a person is the next step (e.g. "95188"). */
  declare supportPhone?: string;
  /** The person's e-mail address or phone number, prefilled in the ticket (they can change it). */
  declare contact?: string;
  /** How soon support replies to a ticket, an ISO 8601 duration (`P1D`, `PT4H`): told to the person once it is sent. */
  declare replyWithin?: string;
  /** The provider's status page summary (Statuspage `summary.json`): a known incident on the person's problem is said first. */
  declare statusEndpoint?: string;
  /** JSON: each status page component and the problem types it affects, e.g. `{"Payments": ["payment-failed"]}`. */
  declare statusComponents?: string;
  /** `GET <url>?reference=…` answering `{status, updatedAt, message?}`: the status of a payment reported before, shown when it fails again. */
  declare caseStatusEndpoint?: string;
  /** Your privacy notice, linked in the panel before the first question. */
  declare privacyNoticeUrl?: string;
  /** URL tickets are POSTed to as JSON; without it the host handles `wallet-support-ticket`. */
  declare ticketEndpoint?: string;
  /** The body `ticketEndpoint` gets: `json` (the ticket as is; default), `zendesk` or `freshdesk`. */
  declare ticketFormat?: 'json' | 'zendesk' | 'freshdesk';
  /** Where the conversation survives a reload: `session` (default), `local` or `none`. */
  declare persist?: 'session' | 'local' | 'none';
  /** Whether the panel is open. */
  declare open: boolean;
  /** `light`, `dark`, or `auto` (the default: the page's `color-scheme`, else `prefers-color-scheme`). */
  declare theme?: 'light' | 'dark' | 'auto';

  declare private conversationState: 'idle' | 'loading' | 'ready' | 'failed';
  #conversationLoad?: Promise<void>;
  #courierLoad?: Promise<TicketCourier>;
  #cancelIdlePreload?: () => void;
  /** Set on first open: a preloaded conversation starts only then (no steps, no session before). */
  #hasOpened = false;
  #fullScreen?: MediaQueryList;
  #panelIsModal = false;
  #returnFocusToLauncher = false;
  /** The shadow DOM, built on the first update. */
  #frame?: PanelFrame;
  readonly #pageLanguage = new MutationObserver(() => this.requestUpdate());
  /** What `theme="auto"` follows: the user's preference, and the page's `color-scheme` (root style, meta). */
  #prefersDark?: MediaQueryList;
  readonly #pageScheme = new MutationObserver(() => this.#handleSchemeChange());
  /** The theme last applied (wallet-support.theme.ts). */
  #theme?: string;
  /** Created once the conversation chunk has loaded and the panel first opened; kept from then on. */
  #conversationElement?: WalletSupportConversation;

  constructor() {
    super();
    this.open = false;
    this.conversationState = 'idle';
  }

  /** The locale in use: the `lang` attribute, the page's, else the browser's. */
  get locale(): Locale {
    const tag = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
    return toLocale(tag);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Without a `lang` of its own the widget speaks the page's language: a page that switches
    // language (on <html> or an ancestor) switches the launcher, the panel and the conversation.
    this.#pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    this.#pageScheme.observe(document.documentElement, { attributeFilter: ['class', 'style'] });
    this.#pageScheme.observe(this, { attributeFilter: ['class', 'style'] });
    this.#pageScheme.observe(document.head, { attributeFilter: ['content'], childList: true, subtree: true });
    this.#prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
    this.#prefersDark.addEventListener('change', this.#handleSchemeChange);
    if (this.open || this.problem) void this.#loadConversation();
    else if (!prefersSavingData()) this.#cancelIdlePreload ??= whenIdle(this.#handlePreload);
    this.#fullScreen = window.matchMedia(fullScreenQuery);
    this.#fullScreen.addEventListener('change', this.#syncPanel);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pageLanguage.disconnect();
    this.#pageScheme.disconnect();
    this.#prefersDark?.removeEventListener('change', this.#handleSchemeChange);
    this.#cancelIdlePreload?.();
    this.#cancelIdlePreload = undefined;
    this.#fullScreen?.removeEventListener('change', this.#syncPanel);
    // The outbox's online/visibility listeners and retry timer go with the element, unless it was
    // only moved (the conversation connects it again when it comes back).
    // The courier may have loaded since with a ticket filed (internal/courier-loader.ts).
    void (this.#courierLoad ?? Promise.resolve()).then(
      () => this.isConnected || conversationClass()?.loadedCourierFor(this)?.disconnect(),
    );
  }

  /** Opens the panel. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel; the conversation is kept. */
  hide(): void {
    this.open = false;
  }

  /** Opens the panel in a given flow, with what the host knows about the failure. */
  async start(problem: string, context: HostContext = {}): Promise<void> {
    // Every fact is replaced: what an earlier start() or attribute said does not leak into this one.
    this.problem = problem;
    for (const name of hostFactNames) this[name] = context[name];
    this.open = true;
    await this.#loadConversation();
    await this.updateComplete;
    // The same failure after a reload picks up where the user was.
    await this.#conversationElement?.restart(this.#conversationConfig(), { resume: true });
  }

  /** Forgets the conversation and starts over. */
  async reset(): Promise<void> {
    await this.#conversationElement?.restart(this.#conversationConfig(), { resume: false });
  }

  /**
   * Confirms that the host delivered a ticket it took over (it called preventDefault() on
   * `wallet-support-ticket`): the ticket leaves the outbox, the user sees the reference, and
   * `wallet-support-ticket-sent` follows. False when no such ticket waits.
   */
  acknowledgeTicket(id: string, reference?: string): Promise<boolean> {
    return this.#ticketCourier().then((courier) => courier.acknowledge(id, reference));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.open) this.#hasOpened = true;
    if (changed.has('open') && this.open) void this.#loadConversation();
    if (changed.has('problem') && this.problem) void this.#loadConversation();
    // Closing hands focus back to the launcher only if it was in the panel (or lost with it).
    if (changed.has('open') && !this.open) this.#returnFocusToLauncher = this.#focusIsInPanel();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    this.#syncPanel();
    // Which conversation is on screen: none on a first open, before the conversation has loaded.
    const tag = { ...this.#conversationElement?.tag };
    if (changed.get('open') === undefined) {
      // Rendered open from the start: the host hears of it too; focus stays where the page put it.
      if (this.open) emit(this, 'wallet-support-open', tag);
      return;
    }
    if (this.open) {
      emit(this, 'wallet-support-open', tag);
      void this.#focusConversation();
    } else {
      emit(this, 'wallet-support-close', tag);
      if (this.#returnFocusToLauncher) this.#frame?.launcher.focus();
    }
  }

  /** Renders after the attributes are reflected, as LitElement does: `updated()` sees the new DOM. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const text = launcherTextFor(this.locale);
    this.#frame ??= buildPanelFrame(this.renderRoot, {
      toggle: this.#handleLauncherClick,
      preload: this.#handlePreload,
      close: () => this.hide(),
      keydown: this.#handleKeydown,
      cancel: this.#handleCancel,
      closed: this.#handlePanelClosed,
    });
    updatePanelFrame(this.#frame, text, this.open);
    this.#theme = applyTheme(this, this.#frame, this.#isDark(), this.#theme);
    const body = this.#frame.body;
    if (this.conversationState === 'ready' && this.#hasOpened) {
      // The config goes on before the element connects: its connectedCallback starts the session.
      this.#conversationElement ??= document.createElement('wallet-support-conversation');
      this.#conversationElement.config = this.#conversationConfig();
      if (this.#conversationElement.parentNode !== body) body.replaceChildren(this.#conversationElement);
    } else if (this.conversationState === 'failed') {
      showNotice(body, 'alert', text.loadFailed, { label: text.retry, run: this.#handlePreload });
    } else if (this.open) {
      showNotice(body, 'status', text.loading);
    } else {
      body.replaceChildren();
    }
  }

  #focusIsInPanel(): boolean {
    const active = this.shadowRoot?.activeElement;
    if (active) return this.#frame?.panel?.contains(active) ?? false;
    return !document.activeElement || document.activeElement === document.body;
  }

  /**
   * Puts the dialog in the state `open` asks for. On a desktop the panel is non-modal: the page
   * stays usable and focus is not trapped (WCAG 2.1.2). When it fills the screen (small screens,
   * 200% zoom) it is modal (`showModal()`: the page behind is inert, Escape closes it), since
   * whatever is behind cannot be seen anyway.
   */
  #syncPanel = () => {
    const panel = this.#frame?.panel;
    if (!panel) return;
    const modal = this.open && (this.#fullScreen?.matches ?? false);
    if (panel.open && (!this.open || this.#panelIsModal !== modal)) {
      const focused = this.shadowRoot?.activeElement as HTMLElement | null;
      panel.close();
      if (this.open) this.#openPanel(panel, modal);
      // Switching modes must not move focus (showModal() focuses the first control).
      if (this.open && focused && panel.contains(focused)) focused.focus();
      return;
    }
    if (this.open && !panel.open) this.#openPanel(panel, modal);
  };

  #openPanel(panel: HTMLDialogElement, modal: boolean): void {
    this.#panelIsModal = modal;
    // Non-modal by attribute, not show(): show() would move focus, which the open handler does itself.
    if (modal) panel.showModal();
    else panel.setAttribute('open', '');
  }

  #conversationConfig(): ConversationConfig {
    return {
      locale: this.locale,
      problem: this.problem,
      host: Object.fromEntries(hostFactNames.map((name) => [name, this[name]])),
      ticketEndpoint: this.ticketEndpoint,
      ticketFormat: this.ticketFormat,
      replyWithin: this.replyWithin,
      statusEndpoint: this.statusEndpoint,
      statusComponents: this.statusComponents,
      caseStatusEndpoint: this.caseStatusEndpoint,
      privacyNoticeUrl: this.privacyNoticeUrl,
      persist: this.persist,
    };
  }

  /**
   * The courier, for `acknowledgeTicket()`. After the conversation chunk loads (on idle after load,
   * or on first open) it connects by itself when storage keeps a ticket (`connectCourierWhenKept`)
   * and resumes what earlier pages left in the outbox; else it loads when a ticket is filed. It
   * stops by itself once this element has left the page.
   */
  #ticketCourier(): Promise<TicketCourier> {
    // Through the conversation element's class: the courier's loader is part of that chunk.
    return (this.#courierLoad ??= this.#loadConversation().then(() => conversationClass()!.courierOf(this)));
  }

  #loadConversation(): Promise<void> {
    this.#conversationLoad ??= import('./conversation.js').then(
      () => {
        this.conversationState = 'ready';
        // Loaded on idle after every page load: tickets earlier pages could not deliver go now.
        conversationClass()!.connectCourierWhenKept(this);
      },
      () => {
        this.conversationState = 'failed';
        this.#conversationLoad = undefined;
      },
    );
    if (this.conversationState === 'idle') this.conversationState = 'loading';
    return this.#conversationLoad;
  }

  async #focusConversation(): Promise<void> {
    await this.#loadConversation();
    await this.updateComplete;
    await this.#conversationElement?.focusPrompt();
  }

  #isDark(): boolean {
    return isDark(this.theme, pageColorScheme(), this.#prefersDark?.matches ?? false);
  }

  /**
   * The page's color-scheme, the user's preference, or a colour the page set on this element or
   * an ancestor may have changed (a class, a style, a stylesheet added late): the update applies
   * the theme again, which does nothing when nothing it depends on changed (wallet-support.theme.ts).
   */
  #handleSchemeChange = () => this.requestUpdate();

  #handleLauncherClick = () => {
    this.open = !this.open;
  };

  /** Loads the conversation: ahead of a click (launcher hovered or focused), and on "Try again". */
  #handlePreload = () => {
    void this.#loadConversation();
  };

  #handleKeydown = (event: KeyboardEvent) => {
    // Escape during IME composition (pinyin, zhuyin) cancels the composition, not the panel.
    if (event.key === 'Escape' && !event.isComposing) {
      event.stopPropagation();
      event.preventDefault();
      this.hide();
    }
  };

  /** A modal panel's close request (Escape, Android back): close through `open`, like the Close button. */
  #handleCancel = (event: Event) => {
    event.preventDefault();
    this.hide();
  };

  /** The browser closed the dialog by itself: keep `open` in step. */
  #handlePanelClosed = () => {
    if (this.open && !this.#frame?.panel?.open) this.open = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support': WalletSupport;
  }
}

/** The conversation element's class, once its chunk has loaded. */
function conversationClass(): typeof WalletSupportConversation | undefined {
  return customElements.get('wallet-support-conversation') as unknown as typeof WalletSupportConversation | undefined;
}
