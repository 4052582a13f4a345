import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Locale } from '../diagnose/types.js';
import { toLocale, translationFor } from '../i18n/index.js';
import { emit } from './events.js';
import type { ConversationConfig, WalletSupportConversation } from './conversation.js';
import { walletSupportStyles } from './wallet-support.styles.js';

/** Context a host may pass to `start()`, with the same meaning as the attributes. */
export interface HostContext {
  amount?: string;
  currency?: string;
  occurredAt?: string;
  errorCode?: string;
  errorMessage?: string;
  merchant?: string;
  orderId?: string;
}

/**
 * @summary An embeddable support chat for failed wallet operations: a launcher that opens a
 * conversation which diagnoses the failure and ends in a fix or a prefilled support ticket.
 *
 * This file is all a host page pays for until the user shows interest: the conversation (XState,
 * flows, markdown) loads on first open, on launcher hover or focus, or when `open`/`problem` is set.
 *
 * @event wallet-support-open
 * @event wallet-support-close
 * @event wallet-support-step - `{problem, state}` on every new question.
 * @event wallet-support-resolved - `{problem, cause}` when a fix solved it.
 * @event wallet-support-ticket - `{ticket}`; cancelable: preventDefault() takes over delivery.
 * @event wallet-support-ticket-sent - `{ticket}`
 * @event wallet-support-ticket-failed - `{ticket, error}`
 *
 * @csspart launcher - The button that opens the panel.
 * @csspart panel - The dialog.
 * @csspart header - The panel's title bar.
 *
 * @cssproperty --wallet-support-accent - Launcher, header and buttons.
 * @cssproperty --wallet-support-surface - Panel background.
 * @cssproperty --wallet-support-text - Text colour.
 * @cssproperty --wallet-support-radius - Corner radius.
 * @cssproperty --wallet-support-font - Font family.
 * @cssproperty --wallet-support-z-index - Stacking order of launcher and panel.
 * @cssproperty --wallet-support-inset-block - Distance from the bottom of the viewport.
 * @cssproperty --wallet-support-inset-inline - Distance from the end edge of the viewport.
 */
export class WalletSupport extends LitElement {
  static override styles = walletSupportStyles;

  static override properties = {
    lang: { type: String, reflect: true },
    problem: { type: String },
    amount: { type: String },
    currency: { type: String },
    occurredAt: { type: String, attribute: 'occurred-at' },
    errorCode: { type: String, attribute: 'error-code' },
    errorMessage: { type: String, attribute: 'error-message' },
    merchant: { type: String },
    orderId: { type: String, attribute: 'order-id' },
    ticketEndpoint: { type: String, attribute: 'ticket-endpoint' },
    open: { type: Boolean, reflect: true },
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
  declare errorCode?: string;
  declare errorMessage?: string;
  declare merchant?: string;
  declare orderId?: string;
  /** URL tickets are POSTed to as JSON; without it the host handles `wallet-support-ticket`. */
  declare ticketEndpoint?: string;
  /** Whether the panel is open. */
  declare open: boolean;

  private declare conversationState: 'idle' | 'loading' | 'ready' | 'failed';
  private conversationLoad?: Promise<void>;

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
    if (this.open || this.problem) void this.loadConversation();
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
    Object.assign(this, context, { problem });
    this.open = true;
    await this.loadConversation();
    await this.updateComplete;
    await this.conversation?.restart(this.conversationConfig());
  }

  /** Forgets the conversation and starts over. */
  async reset(): Promise<void> {
    await this.conversation?.restart(this.conversationConfig());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) void this.loadConversation();
    if (changed.has('problem') && this.problem) void this.loadConversation();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') || changed.get('open') === undefined) return;
    if (this.open) {
      emit(this, 'wallet-support-open', {});
      void this.focusConversation();
    } else {
      emit(this, 'wallet-support-close', {});
      this.launcher?.focus();
    }
  }

  protected override render() {
    const text = translationFor(this.locale);
    return html`
      <button
        part="launcher"
        class="launcher"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.handleLauncherClick}
        @pointerenter=${this.handlePreload}
        @focus=${this.handlePreload}
      >
        ${text.help}
      </button>
      <div
        id="panel"
        part="panel"
        class="panel"
        role="dialog"
        aria-labelledby="title"
        ?hidden=${!this.open}
        @keydown=${this.handleKeydown}
      >
        <div part="header" class="header">
          <h2 id="title" class="title">${text.title}</h2>
          <button type="button" @click=${this.hide}>${text.close}</button>
        </div>
        <div class="body">${this.renderBody(text)}</div>
      </div>
    `;
  }

  private renderBody(text: ReturnType<typeof translationFor>) {
    switch (this.conversationState) {
      case 'ready':
        return html`<wallet-support-conversation .config=${this.conversationConfig()}></wallet-support-conversation>`;
      case 'failed':
        return html`<div class="loading" role="alert">
          ${text.loadFailed}
          <button type="button" @click=${this.handleRetryLoad}>${text.retry}</button>
        </div>`;
      default:
        return this.open ? html`<div class="loading" role="log" aria-live="polite">${text.loading}</div>` : nothing;
    }
  }

  private get launcher(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.launcher');
  }

  private get conversation(): WalletSupportConversation | null {
    return this.renderRoot.querySelector('wallet-support-conversation');
  }

  private conversationConfig(): ConversationConfig {
    return {
      locale: this.locale,
      problem: this.problem,
      host: {
        amount: this.amount,
        currency: this.currency,
        occurredAt: this.occurredAt,
        errorCode: this.errorCode,
        errorMessage: this.errorMessage,
        merchant: this.merchant,
        orderId: this.orderId,
      },
      ticketEndpoint: this.ticketEndpoint,
    };
  }

  private loadConversation(): Promise<void> {
    this.conversationLoad ??= import('./conversation.js').then(
      () => {
        this.conversationState = 'ready';
      },
      () => {
        this.conversationState = 'failed';
        this.conversationLoad = undefined;
      },
    );
    if (this.conversationState === 'idle') this.conversationState = 'loading';
    return this.conversationLoad;
  }

  private async focusConversation(): Promise<void> {
    await this.loadConversation();
    await this.updateComplete;
    await this.conversation?.focusPrompt();
  }

  private handleLauncherClick = () => {
    this.open = !this.open;
  };

  private handlePreload = () => {
    void this.loadConversation();
  };

  private handleRetryLoad = () => {
    void this.loadConversation();
  };

  private handleKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.hide();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support': WalletSupport;
  }
}
