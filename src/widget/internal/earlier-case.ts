/**
 * One case per order (issue 18): when a conversation starts about a payment this browser already
 * reported (the same `order-id`; without one, the same amount at the same minute), the person is
 * told first, with the date and the help desk's reference, and chooses: add to that report (the
 * next ticket carries `followUpOf`) or a different problem. With `case-status-endpoint`, the
 * case's status is shown on the card. A chunk of its own, loaded only when this browser has sent
 * a ticket and the page said which payment this is.
 */
import { html, nothing, render } from 'lit';
import { formatDay } from '../../engine/advice/calendar.js';
import type { Facts } from '../../engine/context.js';
import type { Locale } from '../../shared/types.js';
import { checkTicketEndpoint } from '../../ticket/adapters/endpoint.js';
import type { Receipt } from '../../ticket/outbox.js';

export type SentTicket = Receipt & { id: string };

/** What the help desk says of the case: `GET <case-status-endpoint>?reference=…`. */
export interface CaseStatus {
  status: string;
  updatedAt?: string;
  message?: string;
}

const MINUTE = 60_000;
/** As the status page: an answer slower than this is no answer, and delays nothing. */
const TIMEOUT_MS = 1_500;

const sameMinute = (a?: string, b?: string) =>
  a !== undefined && b !== undefined && Math.floor(Date.parse(a) / MINUTE) === Math.floor(Date.parse(b) / MINUTE);

/** The latest ticket sent about this payment; undefined when none was, or the page did not say which payment it is. */
export function earlierCase(sent: readonly SentTicket[], facts: Facts): SentTicket | undefined {
  const { orderId, amount, occurredAt } = facts;
  const isThisPayment = (ticket: SentTicket) =>
    orderId
      ? ticket.orderId === orderId
      : !ticket.orderId &&
        amount !== undefined &&
        ticket.amount?.value === amount.value &&
        ticket.amount.currency === amount.currency &&
        sameMinute(ticket.occurredAt, occurredAt);
  return sent.filter(isThisPayment).sort((a, b) => b.sentAt - a.sentAt)[0];
}

/** A help desk's words, trimmed and kept to what a card holds. */
const text = (value: unknown, max = 300) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;

/** The case's status from the host's endpoint; undefined when there is none, it is slow, or it says nothing readable. */
export async function caseStatus(
  endpoint: string | undefined,
  reference: string | undefined,
): Promise<CaseStatus | undefined> {
  const checked = checkTicketEndpoint(endpoint, location.href);
  if (!checked?.ok || !reference) return undefined;
  const url = new URL(checked.url);
  url.searchParams.set('reference', reference);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit' });
    const reply = (response.ok ? await response.json() : undefined) as Record<string, unknown> | undefined;
    const status = text(reply?.status, 80);
    if (!status) return undefined;
    const updatedAt = text(reply?.updatedAt);
    return {
      status,
      updatedAt: updatedAt && !Number.isNaN(Date.parse(updatedAt)) ? updatedAt : undefined,
      message: text(reply?.message),
    };
  } catch {
    return undefined;
  }
}

const words = {
  en: {
    reported: (day: string, reference?: string) =>
      `You reported this payment on ${day}${reference ? `, reference ${reference}` : ''}.`,
    status: (status: string, day?: string) => `Status: ${status}${day ? ` (updated ${day})` : ''}`,
    add: 'Add to that report',
    different: "It's a different problem",
    added: 'Your ticket will be added to that report.',
  },
  'zh-CN': {
    reported: (day: string, reference?: string) =>
      `您已在 ${day} 反馈过这笔付款${reference ? `，工单号 ${reference}` : ''}。`,
    status: (status: string, day?: string) => `处理状态：${status}${day ? `（${day} 更新）` : ''}`,
    add: '补充到这个工单',
    different: '这是另一个问题',
    added: '您的新工单会补充到之前的工单。',
  },
  'zh-TW': {
    reported: (day: string, reference?: string) =>
      `您已在 ${day} 回報過這筆付款${reference ? `，案件編號 ${reference}` : ''}。`,
    status: (status: string, day?: string) => `處理狀態：${status}${day ? `（${day} 更新）` : ''}`,
    add: '補充到這個案件',
    different: '這是另一個問題',
    added: '您的新案件會補充到之前的案件。',
  },
} satisfies Record<Locale, unknown>;

/**
 * The card, said before the first question until the person chooses: "Add to that report" (then
 * one line says so, and {@link EarlierCaseCard.followUpOf} is the earlier ticket's id) or "It's a
 * different problem" (then it goes). It renders itself into `element`, which the conversation
 * places above the log; `chosen` is called after each choice (the conversation moves focus on).
 */
export class EarlierCaseCard {
  readonly element = document.createElement('div');
  #status?: CaseStatus;
  /** Undefined until the person chooses. */
  #followUp?: boolean;

  constructor(
    readonly sent: SentTicket,
    private readonly locale: () => Locale,
    private readonly chosen: () => void,
  ) {
    this.render();
  }

  /** The earlier ticket's id, once the person chose to add to it. */
  get followUpOf(): string | undefined {
    return this.#followUp ? this.sent.id : undefined;
  }

  /** Asks the host's endpoint for the case's status, and shows it if it answers in time. */
  async showStatus(endpoint: string | undefined): Promise<void> {
    this.#status = await caseStatus(endpoint, this.sent.reference);
    this.render();
  }

  #choose(followUp: boolean): void {
    this.#followUp = followUp;
    this.render();
    this.chosen();
  }

  /** Draws the card in the conversation's language (again after a language switch); nothing once it was declined. */
  render(): void {
    if (this.#followUp === false) {
      render(nothing, this.element);
      return;
    }
    const locale = this.locale();
    const t = words[locale];
    const day = (iso: string | number) => formatDay(new Date(iso), locale);
    const status = this.#status;
    render(
      this.#followUp
        ? html`<p class="hint" role="status">${t.added}</p>`
        : html`<section class="notice" role="status" aria-labelledby="earlier-case-said">
            <p id="earlier-case-said">${t.reported(day(this.sent.sentAt), this.sent.reference)}</p>
            ${
              status
                ? html`<p>${t.status(status.status, status.updatedAt && day(status.updatedAt))}</p>
                    ${status.message ? html`<p class="hint">${status.message}</p>` : nothing}`
                : nothing
            }
            <div class="fallbacks">
              <button type="button" @click=${() => this.#choose(true)}>${t.add}</button>
              <button type="button" @click=${() => this.#choose(false)}>${t.different}</button>
            </div>
          </section>`,
      this.element,
    );
  }
}
