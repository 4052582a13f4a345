import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../shared/types.js';
import type { Facts, FlowContext, TicketEdits } from '../engine/context.js';
import { withEdits } from '../engine/edits.js';
import { toDateTimeLocal } from '../engine/iso-time.js';
import {
  amountShown,
  contactShown,
  maskedField,
  MAX_CONTACT_LENGTH,
  type CheckedField,
  type FieldError,
  type TicketFields,
} from '../engine/ticket-form.js';
import { causeNames } from '../engine/outcomes.js';
import { localize, type Text } from '../engine/text.js';
import { problemLabels } from '../engine/problem-labels.js';
import type { Translation } from '../i18n/index.js';
import { buildTicket } from '../ticket/build.js';
import { formatAmount, formatDateTime } from './internal/format.js';
import type { Ticket } from '../ticket/types.js';
import { renderAttachButton, type Attach, type TrayView } from './internal/attach-button.js';
import { loadCourier } from './internal/courier-loader.js';

type TextField = 'errorCode' | 'errorMessage' | 'merchant' | 'orderId';

/** A name as a label's value: "Payment limit", not "a payment limit" (English articles; Chinese has none). */
const asValue = (name: string) => {
  const bare = name.replace(/^(?:a|an|the) /, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
};

/** The page's code, else one found inside the pasted message ("…(05)"). */
const errorCodeOf = (context: FlowContext) => context.facts.errorCode ?? context.classification?.code;

/**
 * Longest value each field takes: room for anything genuine (an amount with its currency, an
 * error code, a pasted error message), not for a megabyte pasted into the page's redactor. The
 * time is a datetime-local input: the browser keeps its value to "YYYY-MM-DDTHH:mm" and ignores
 * maxlength there.
 */
const MAX_LENGTH = {
  amount: 64,
  errorCode: 64,
  errorMessage: 2000,
  merchant: 200,
  orderId: 200,
  description: 2000,
  contact: MAX_CONTACT_LENGTH,
} as const;

/**
 * @summary The ticket review: every field prefilled from the conversation and the host page and
 * editable, and "What will be sent" showing the ticket exactly as it will go (redacted), steps
 * tried and conversation included. Renders into its parent's shadow root so labels, roles and
 * styles stay in one tree.
 *
 * @event ticket-submit - `{edits}` once every field is valid.
 */
export class WalletSupportTicketForm extends LitElement {
  static override properties = {
    context: { attribute: false },
    text: { attribute: false },
    payment: { attribute: false },
    screenshots: { attribute: false },
    attach: { attribute: false },
    errors: { state: true },
    preview: { state: true },
  };

  declare context: FlowContext;
  declare text: Translation;
  /** The problem is about a payment: the form has its amount, time, merchant and order. */
  declare payment: boolean;
  /** The conversation's screenshot tray, once something was attached; `attach` takes more. */
  declare screenshots?: TrayView;
  declare attach: Attach;
  declare private errors: Partial<Record<CheckedField, string>>;
  /** The ticket as the current field values would make it. */
  declare private preview?: Ticket;
  /** Submit presses so far: only the last one's reading is acted on. */
  #submissions = 0;
  /** Readings under way (the first waits for its chunk). */
  #reading = 0;

  constructor() {
    super();
    this.errors = {};
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('context') && this.context) this.preview = this.#previewOf({});
  }

  protected override render() {
    const { facts } = this.context;
    const t = this.text.ticket;
    // A card binding or an activation has no amount, time, merchant or order: not asked unless known.
    const shows = (field: 'amount' | 'occurredAt' | TextField) => this.payment || facts[field] !== undefined;
    return html`
      <form
        part="ticket-form"
        class="ticket-form"
        aria-labelledby="ticket-title"
        novalidate
        @submit=${this.#handleSubmit}
        @input=${this.#handleInput}
      >
        <h3 id="ticket-title" class="ticket-title">${t.form}</h3>
        ${
          shows('amount')
            ? this.#renderChecked(
                'amount',
                t.amount,
                html`<input
                  id="ticket-amount"
                  name="amount"
                  autocomplete="off"
                  inputmode="decimal"
                  maxlength=${MAX_LENGTH.amount}
                  .value=${amountShown(facts.amount)}
                  aria-invalid=${this.errors.amount ? 'true' : 'false'}
                  aria-describedby="ticket-amount-error"
                />`,
              )
            : nothing
        }
        ${
          shows('occurredAt')
            ? this.#renderChecked(
                'time',
                t.time,
                html`<input
                  id="ticket-time"
                  name="time"
                  type="datetime-local"
                  .value=${toDateTimeLocal(facts.occurredAt)}
                  aria-invalid=${this.errors.time ? 'true' : 'false'}
                  aria-describedby="ticket-time-error"
                />`,
              )
            : nothing
        }
        ${this.#renderText('errorCode', t.errorCode, facts)} ${this.#renderText('errorMessage', t.errorMessage, facts)}
        ${shows('merchant') ? this.#renderText('merchant', t.merchant, facts) : nothing}
        ${shows('orderId') ? this.#renderText('orderId', t.orderId, facts) : nothing}
        <label for="ticket-description">${t.description}</label>
        <textarea
          id="ticket-description"
          name="description"
          rows="3"
          maxlength=${MAX_LENGTH.description}
          aria-describedby="ticket-description-hint"
          .value=${facts.description ?? ''}
        ></textarea>
        <p id="ticket-description-hint" class="hint">${t.descriptionHint}</p>
        ${renderAttachButton(t.attachScreenshot, this.attach, this.screenshots)}
        ${this.#renderChecked(
          'contact',
          t.contact,
          html`<input
            id="ticket-contact"
            name="contact"
            autocomplete="email"
            required
            aria-required="true"
            maxlength=${MAX_LENGTH.contact}
            .value=${contactShown(facts.contact)}
            aria-invalid=${this.errors.contact ? 'true' : 'false'}
            aria-describedby="ticket-contact-hint ticket-contact-error"
          />`,
          t.contactHint,
        )}
        ${this.preview ? this.#renderPreview(this.preview) : nothing}
        <button type="submit" class="primary">${t.submit}</button>
      </form>
    `;
  }

  #renderChecked(field: CheckedField, label: string, control: TemplateResult, hint?: string) {
    const error = this.errors[field];
    return html`
      <label for="ticket-${field}">${label}</label>
      ${control} ${hint ? html`<p id="ticket-${field}-hint" class="hint">${hint}</p>` : nothing}
      <p id="ticket-${field}-error" class="field-error" role=${error ? 'alert' : nothing}>${error ?? ''}</p>
    `;
  }

  #renderText(field: TextField, label: string, facts: Facts) {
    return html`
      <label for="ticket-${field}">${label}</label>
      <input
        id="ticket-${field}"
        name=${field}
        autocomplete="off"
        maxlength=${MAX_LENGTH[field]}
        .value=${(field === 'errorCode' ? errorCodeOf(this.context) : facts[field]) ?? ''}
      />
    `;
  }

  /** Every line of the ticket, as it will be sent: what is typed above, and what goes with it. */
  #renderPreview(ticket: Ticket) {
    const t = this.text.ticket;
    const contact = ticket.contact?.email ?? ticket.contact?.phone;
    const locale = this.context.locale as Locale;
    // Names, as the person reads them; the ticket itself keeps the ids.
    const named = (text: Text) => asValue(localize(text, locale));
    const lines: [string, string | undefined][] = [
      [t.problem, named(problemLabels[ticket.problem])],
      [t.cause, named(causeNames[ticket.cause])],
      // Shown as people of the locale read them; the ticket itself keeps ISO 8601 and a decimal string.
      [t.time, ticket.occurredAt && formatDateTime(ticket.occurredAt, locale)],
      [t.amount, ticket.amount && formatAmount(ticket.amount, locale)],
      [t.errorCode, ticket.errorCode],
      [t.errorMessage, ticket.errorMessage],
      [t.merchant, ticket.merchant],
      [t.orderId, ticket.orderId],
      [t.card, ticket.cardLast4 && `•••• ${ticket.cardLast4}`],
      [t.description, ticket.description],
      [t.screenshots, this.screenshots?.files.length ? String(this.screenshots.files.length) : undefined],
      [t.contact, contact],
      [t.page, ticket.page.url],
      [t.browser, ticket.page.userAgent],
    ];
    return html`<details class="preview">
      <summary>${t.preview}</summary>
      <dl>
        ${lines
          .filter((line): line is [string, string] => Boolean(line[1]))
          .map(
            ([label, value]) =>
              html`<dt>${label}</dt>
                <dd>${value}</dd>`,
          )}
      </dl>
      ${
        ticket.stepsTried.length
          ? html`<h4>${t.stepsTried}</h4>
              <ol class="steps-tried">
                ${ticket.stepsTried.map((step) => html`<li>${step}</li>`)}
              </ol>`
          : nothing
      }
      <h4>${t.transcript}</h4>
      <ol class="transcript">
        ${ticket.transcript.map((line) => html`<li><b>${line.from === 'bot' ? t.fromBot : t.fromUser}</b>: ${line.text}</li>`)}
      </ol>
    </details>`;
  }

  /** The ticket these edits would make, redacted as it will be (buildTicket redacts every free text). */
  #previewOf(edits: TicketEdits): Ticket {
    const context = { ...this.context, facts: withEdits(this.context.facts, edits) };
    return buildTicket(context, { url: location.href, userAgent: navigator.userAgent }, new Date(), 'preview');
  }

  /** The form's fields as typed, taken at once: what is read is what the person had typed then. */
  #fieldsOf(form: HTMLFormElement): TicketFields {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const time = form.elements.namedItem('time');
    return {
      amount: value('amount'),
      time: value('time'),
      timeIncomplete: time instanceof HTMLInputElement && time.validity.badInput,
      errorCode: value('errorCode'),
      errorMessage: value('errorMessage'),
      merchant: value('merchant'),
      orderId: value('orderId'),
      description: value('description'),
      contact: value('contact'),
    };
  }

  /**
   * The fields read by the engine (engine/ticket-form-reading.ts, loaded with the first edit or
   * Submit; docs/decisions/0021): the edits, or what is wrong. Once loaded, at once; before, the
   * form is `aria-busy` while it loads.
   */
  async #read(form: HTMLFormElement, fields: TicketFields): Promise<FormReading> {
    if (loadedReading) return this.#readWith(loadedReading, fields);
    this.#reading++;
    form.ariaBusy = 'true';
    try {
      return this.#readWith(await ticketFormReading(), fields);
    } finally {
      if (--this.#reading === 0) form.ariaBusy = null;
    }
  }

  #readWith(engine: TicketFormReader, fields: TicketFields): FormReading {
    const reading = engine.readTicketForm(fields, this.context.locale as Locale);
    const t = this.text.ticket;
    const said: Record<FieldError, string> = {
      'invalid-amount': t.invalidAmount,
      'invalid-time': t.invalidTime,
      'invalid-contact': t.invalidContact,
      'card-as-contact': t.contactLooksLikeCard,
    };
    const errors = Object.fromEntries(Object.entries(reading.errors).map(([field, error]) => [field, said[error]]));
    return { edits: reading.edits, errors };
  }

  #handleInput = async (event: Event) => {
    // Edits read in the order they were typed: each waits on the same module, so none overtakes another.
    const form = event.currentTarget as HTMLFormElement;
    const { edits } = await this.#read(form, this.#fieldsOf(form));
    this.preview = this.#previewOf(edits);
  };

  /** A card number or code typed into a field does not stay on screen once the form is sent. */
  #maskSecretsIn(form: HTMLFormElement): void {
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input:not([type=datetime-local]), textarea',
    )) {
      const masked = maskedField(field.name, field.value);
      if (masked !== field.value) field.value = masked;
    }
  }

  #handleSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    // Taken before the secrets are masked on screen, then read once the reading has loaded. Only the
    // last press counts: one pressed again while the reading loads sends what is typed now, once.
    const fields = this.#fieldsOf(form);
    const submission = ++this.#submissions;
    this.#maskSecretsIn(form);
    // Read and filed in this same task once the reading is loaded: a page may go right after Submit.
    const { edits, errors } = loadedReading ? this.#readWith(loadedReading, fields) : await this.#read(form, fields);
    if (submission !== this.#submissions) return;
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.dispatchEvent(new CustomEvent('ticket-submit', { detail: { edits }, bubbles: true }));
  };
}

type TicketFormReader = typeof import('../engine/ticket-form-reading.js');
type FormReading = { edits: TicketEdits; errors: Partial<Record<CheckedField, string>> };

/**
 * How the form's fields are read, with the amount parser, once loaded (docs/decisions/0021), and
 * with it the ticket courier: Submit files the ticket in its own task only once both are here.
 */
let loadedReading: TicketFormReader | undefined;

function ticketFormReading(): Promise<TicketFormReader> {
  return Promise.all([import('../engine/ticket-form-reading.js'), loadCourier()]).then(
    ([module]) => (loadedReading = module),
  );
}

if (!customElements.get('wallet-support-ticket-form')) {
  customElements.define('wallet-support-ticket-form', WalletSupportTicketForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'wallet-support-ticket-form': WalletSupportTicketForm;
  }
}
