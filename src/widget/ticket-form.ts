import { html, LitElement, nothing } from 'lit';
import { parseAmount } from '../diagnose/amount.js';
import type { Locale } from '../diagnose/types.js';
import type { FlowContext, TicketEdits } from '../engine/context.js';
import { fromDateTimeLocal, toDateTimeLocal } from '../engine/iso-time.js';
import type { Translation } from '../i18n/index.js';
import { formatContact, parseContact } from '../ticket/contact.js';

type Field = 'amount' | 'time' | 'contact';

/**
 * @summary The ticket review: every field prefilled from the conversation and editable, with
 * what will be sent shown in full. Renders into its parent's shadow root so labels, roles and
 * styles stay in one tree.
 *
 * @event ticket-submit - `{edits}` once every field is valid.
 */
export class WalletSupportTicketForm extends LitElement {
  static override properties = {
    context: { attribute: false },
    text: { attribute: false },
    errors: { state: true },
  };

  declare context: FlowContext;
  declare text: Translation;
  private declare errors: Partial<Record<Field, string>>;

  constructor() {
    super();
    this.errors = {};
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    const { facts, stepsTried, transcript } = this.context;
    const t = this.text.ticket;
    return html`
      <form part="ticket-form" class="ticket-form" aria-labelledby="ticket-title" novalidate @submit=${this.handleSubmit}>
        <h3 id="ticket-title" class="ticket-title">${t.form}</h3>
        ${this.renderField('amount', t.amount, html`<input id="ticket-amount" name="amount" autocomplete="off"
          .value=${amountText(facts.amount)} aria-invalid=${this.errors.amount ? 'true' : 'false'}
          aria-describedby="ticket-amount-error" />`)}
        ${this.renderField('time', t.time, html`<input id="ticket-time" name="time" type="datetime-local"
          .value=${toDateTimeLocal(facts.occurredAt)} aria-invalid=${this.errors.time ? 'true' : 'false'}
          aria-describedby="ticket-time-error" />`)}
        <label for="ticket-error">${t.errorMessage}</label>
        <input id="ticket-error" name="errorMessage" autocomplete="off" maxlength="2000"
          .value=${facts.errorMessage ?? facts.errorCode ?? ''} />
        <label for="ticket-description">${t.description}</label>
        <textarea id="ticket-description" name="description" rows="3" maxlength="2000"
          aria-describedby="ticket-description-hint" .value=${facts.description ?? ''}></textarea>
        <p id="ticket-description-hint" class="hint">${t.descriptionHint}</p>
        ${this.renderField('contact', t.contact, html`<input id="ticket-contact" name="contact" autocomplete="email"
          required .value=${formatContact(facts.contact)} aria-invalid=${this.errors.contact ? 'true' : 'false'}
          aria-describedby="ticket-contact-hint ticket-contact-error" />`, t.contactHint)}
        <details class="preview">
          <summary>${t.preview}</summary>
          ${stepsTried.length
            ? html`<h4>${t.stepsTried}</h4><ol>${stepsTried.map((step) => html`<li>${step}</li>`)}</ol>`
            : nothing}
          <h4>${t.transcript}</h4>
          <ol class="transcript">${transcript.map((line) => html`<li><b>${line.from}</b>: ${line.text}</li>`)}</ol>
        </details>
        <button type="submit" class="primary">${t.submit}</button>
      </form>
    `;
  }

  private renderField(field: Field, label: string, control: unknown, hint?: string) {
    const error = this.errors[field];
    return html`
      <label for="ticket-${field}">${label}</label>
      ${control}
      ${hint ? html`<p id="ticket-${field}-hint" class="hint">${hint}</p>` : nothing}
      <p id="ticket-${field}-error" class="field-error" role=${error ? 'alert' : nothing}>${error ?? ''}</p>
    `;
  }

  private handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const read = (name: string) => String(data.get(name) ?? '').trim();
    const errors: Partial<Record<Field, string>> = {};
    const t = this.text.ticket;

    const amountText = read('amount');
    const amount = amountText ? parseAmount(amountText, this.context.locale as Locale) : undefined;
    if (amount && !amount.ok) errors.amount = t.invalidAmount;

    const timeText = read('time');
    const occurredAt = fromDateTimeLocal(timeText);
    if (timeText && (!occurredAt || Date.parse(occurredAt) > Date.now() + 5 * 60_000)) errors.time = t.invalidTime;

    const contact = parseContact(read('contact'));
    if (!contact) errors.contact = t.invalidContact;

    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const edits: TicketEdits = {
      amount: amount?.ok ? { value: amount.value, currency: amount.currency } : undefined,
      occurredAt,
      errorMessage: read('errorMessage') || undefined,
      description: read('description') || undefined,
      contact,
    };
    this.dispatchEvent(new CustomEvent('ticket-submit', { detail: { edits }, bubbles: true }));
  };
}

function amountText(amount: FlowContext['facts']['amount']): string {
  if (!amount) return '';
  return amount.currency === 'CNY' ? amount.value : `${amount.value} ${amount.currency}`;
}

if (!customElements.get('wallet-support-ticket-form')) {
  customElements.define('wallet-support-ticket-form', WalletSupportTicketForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support-ticket-form': WalletSupportTicketForm;
  }
}
