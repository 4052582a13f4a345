/**
 * demo/checkout.html: a merchant's checkout where "Pay" fails with a simulated decline. The page
 * passes what it knows (amount, time, code, message, merchant, order) to the widget, which opens
 * straight on the diagnosis instead of asking.
 */
import { html, nothing, render } from 'lit';
import '../../src/index.js';
import { toLocalIso } from '../../src/diagnose/local-iso.js';
import type { Ticket } from '../../src/ticket/types.js';
import { deliverTicket } from './deliver-ticket.js';
import { demoBar } from './demo-bar.js';
import { icon } from './icons.js';
import { initialPageLocale, showHostPageIn, type PageLocale } from './page-locale.js';

interface Decline {
  code: string;
  message: Record<PageLocale, string>;
}

/** Declines a card network or wallet really returns (ISO 8583 response codes). */
export const declines: Decline[] = [
  { code: '51', message: { 'zh-CN': '余额不足', en: 'Insufficient funds' } },
  { code: '61', message: { 'zh-CN': '超出金额限制', en: 'Exceeds amount limit' } },
  { code: '68', message: { 'zh-CN': '交易超时', en: 'Transaction timed out' } },
  { code: '55', message: { 'zh-CN': '密码错误', en: 'Incorrect PIN' } },
  { code: '96', message: { 'zh-CN': '系统异常', en: 'System malfunction' } },
];

const order = {
  id: 'LC-20261127-0042',
  merchant: 'Lumen Coffee Roasters',
  currency: 'CNY',
  total: '1299.50',
  items: [
    { key: 'machine', quantity: 1, price: '1199.00' },
    { key: 'beans', quantity: 2, price: '50.25' },
  ],
} as const;

const text = {
  en: {
    brand: 'Lumen Coffee Roasters',
    secure: 'Secure checkout',
    summary: 'Order summary',
    order: (id: string) => `Order ${id}`,
    items: { machine: 'Espresso machine E-200', beans: 'Single-origin beans, 250 g' },
    quantity: (count: number) => `Qty ${count}`,
    subtotal: 'Subtotal',
    shipping: 'Shipping',
    free: 'Free',
    total: 'Total',
    payment: 'Payment',
    payWith: 'Pay with',
    wallet: 'Digital wallet',
    walletHint: 'Balance and linked cards',
    card: 'Bank card •••• 4821',
    cardHint: 'Debit card',
    email: 'Email for the receipt',
    pay: (amount: string) => `Pay ${amount}`,
    paying: 'Processing…',
    declinedTitle: 'Payment declined',
    declinedBody: (message: string, code: string) =>
      `The wallet said: ${message} (${code}). Your order is saved and we have not shipped anything.`,
    getHelp: 'Get help with this payment',
    retry: 'Try again',
    demo: 'Demo settings',
    demoHint: 'Which decline the simulated payment returns.',
    decline: 'Simulated decline',
    ticketSent: (id: string) =>
      `Support ticket ${id} received. Our payments team will email you. (Demo: nothing left this page.)`,
    resolved: 'Glad that is sorted. You can pay again whenever you are ready.',
  },
  'zh-CN': {
    brand: '拾光咖啡',
    secure: '安全结账',
    summary: '订单摘要',
    order: (id: string) => `订单 ${id}`,
    items: { machine: 'E-200 意式咖啡机', beans: '单一产地咖啡豆 250 克' },
    quantity: (count: number) => `数量 ${count}`,
    subtotal: '小计',
    shipping: '运费',
    free: '免运费',
    total: '合计',
    payment: '支付',
    payWith: '支付方式',
    wallet: '数字钱包',
    walletHint: '余额及绑定的银行卡',
    card: '银行卡 •••• 4821',
    cardHint: '借记卡',
    email: '接收电子收据的邮箱',
    pay: (amount: string) => `支付 ${amount}`,
    paying: '正在处理…',
    declinedTitle: '支付未成功',
    declinedBody: (message: string, code: string) => `钱包返回：${message}（${code}）。订单已为您保留，我们不会发货。`,
    getHelp: '获取支付帮助',
    retry: '重试',
    demo: '演示设置',
    demoHint: '模拟支付返回哪一种拒付。',
    decline: '模拟拒付',
    ticketSent: (id: string) => `已收到工单 ${id}，支付团队会通过邮件联系您。（演示：没有任何数据离开本页面。）`,
    resolved: '问题解决了就好，准备好后可以再次支付。',
  },
} satisfies Record<PageLocale, unknown>;

type Phase = 'ready' | 'paying' | 'declined';

/** Where the widget opens as a bottom sheet over the lower part of the screen (a phone held upright). */
const bottomSheetScreen = '(max-width: 640px) and (min-height: 660px)';

function money(value: string, locale: PageLocale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: order.currency,
    currencyDisplay: 'narrowSymbol',
  }).format(Number(value));
}

class CheckoutPage {
  private locale = initialPageLocale();
  private phase: Phase = 'ready';
  private decline = declines[0]!;
  private method: 'wallet' | 'card' = 'wallet';
  private notice = '';
  private declinedAt?: string;
  private email = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly widget: HTMLElementTagNameMap['wallet-support'],
    private readonly payDelay: number,
  ) {
    widget.addEventListener('wallet-support-ticket', this.handleTicket);
    widget.addEventListener('wallet-support-resolved', this.handleResolved);
  }

  start(): void {
    this.applyLocale();
    this.update();
  }

  private applyLocale(): void {
    showHostPageIn(this.locale, this.widget, `${text[this.locale].brand} · ${text[this.locale].secure}`);
  }

  private handleLocale = (locale: PageLocale) => {
    this.locale = locale;
    this.applyLocale();
    this.update();
  };

  private handlePay = (event: SubmitEvent) => {
    event.preventDefault();
    if (this.phase === 'paying') return;
    // The receipt's address is where support can answer: the ticket comes prefilled with it.
    this.email = String(new FormData(event.currentTarget as HTMLFormElement).get('email') ?? '');
    this.phase = 'paying';
    this.notice = '';
    this.update();
    setTimeout(() => {
      this.phase = 'declined';
      this.declinedAt = toLocalIso(new Date());
      this.update();
      void this.openHelp();
      // The decline is what the person needs to read. On a phone the widget opens as a bottom
      // sheet: the decline goes to the top of the screen, above it, once the widget is open and
      // the page has made room below its content for the sheet (checkout.css). Elsewhere it is
      // only brought into view.
      void this.widget.updateComplete.then(() =>
        this.root
          .querySelector('.declined')
          ?.scrollIntoView({ block: matchMedia(bottomSheetScreen).matches ? 'start' : 'nearest' }),
      );
    }, this.payDelay);
  };

  /** Opens the widget with everything the checkout knows, so it goes straight to the diagnosis. */
  private openHelp = () =>
    this.widget.start('payment-failed', {
      amount: order.total,
      currency: order.currency,
      occurredAt: this.declinedAt,
      errorCode: this.decline.code,
      errorMessage: this.decline.message[this.locale],
      merchant: order.merchant,
      orderId: order.id,
      // Paid by the debit card on file: the checkout knows how. Through the wallet it does not (its
      // balance or a linked card), so the widget asks if the way to a ticket needs it.
      paymentMethod: this.method === 'card' ? 'debit-card' : undefined,
      contact: this.email,
    });

  private handleTicket = (event: CustomEvent<{ ticket: Ticket }>) => {
    this.notice = text[this.locale].ticketSent(deliverTicket(this.widget, event, 'LC'));
    this.update();
  };

  private handleResolved = () => {
    this.notice = text[this.locale].resolved;
    this.update();
  };

  private update(): void {
    render(this.template(), this.root);
  }

  private template() {
    const t = text[this.locale];
    const locale = this.locale;
    const subtotal = order.items.reduce((sum, item) => sum + Number(item.price) * item.quantity, 0).toFixed(2);
    return html`
      ${demoBar('checkout', locale, this.handleLocale)}
      <header class="shop-header">
        <div class="shop-brand">${icon('bean')}<span>${t.brand}</span></div>
        <span class="secure">${icon('lock')} ${t.secure}</span>
      </header>
      <main class="checkout">
        <section class="panel summary" aria-labelledby="summary-title">
          <h1 id="summary-title">${t.summary}</h1>
          <p class="order-id">${t.order(order.id)}</p>
          <ul class="items">
            ${order.items.map(
              (item) =>
                html`<li>
                  <span class=${`thumb thumb-${item.key}`} aria-hidden="true"
                    >${icon(item.key === 'machine' ? 'cup' : 'bean')}</span
                  >
                  <span class="item-name">${t.items[item.key]}<small>${t.quantity(item.quantity)}</small></span>
                  <span class="price">${money((Number(item.price) * item.quantity).toFixed(2), locale)}</span>
                </li>`,
            )}
          </ul>
          <dl class="totals">
            <div>
              <dt>${t.subtotal}</dt>
              <dd>${money(subtotal, locale)}</dd>
            </div>
            <div>
              <dt>${t.shipping}</dt>
              <dd>${t.free}</dd>
            </div>
            <div class="grand">
              <dt>${t.total}</dt>
              <dd>${money(order.total, locale)}</dd>
            </div>
          </dl>
        </section>
        <section class="panel pay" aria-labelledby="pay-title">
          <h2 id="pay-title">${t.payment}</h2>
          ${this.phase === 'declined' ? this.declinedTemplate() : nothing}
          <form @submit=${this.handlePay}>
            <fieldset class="methods">
              <legend>${t.payWith}</legend>
              ${(['wallet', 'card'] as const).map(
                (method) =>
                  html`<label class=${`method${this.method === method ? ' chosen' : ''}`}>
                    <input
                      type="radio"
                      name="method"
                      value=${method}
                      .checked=${this.method === method}
                      @change=${() => {
                        this.method = method;
                        this.update();
                      }}
                    />
                    ${icon(method === 'wallet' ? 'wallet' : 'card')}
                    <span
                      >${method === 'wallet' ? t.wallet : t.card}<small
                        >${method === 'wallet' ? t.walletHint : t.cardHint}</small
                      ></span
                    >
                  </label>`,
              )}
            </fieldset>
            <label class="field">
              <span>${t.email}</span>
              <input type="email" name="email" autocomplete="email" value="li.lei@example.com" />
            </label>
            <button
              type="submit"
              class="primary pay-button"
              ?disabled=${this.phase === 'paying'}
              aria-busy=${this.phase === 'paying' ? 'true' : 'false'}
            >
              ${this.phase === 'paying' ? html`<span class="spinner" aria-hidden="true"></span>${t.paying}` : t.pay(money(order.total, locale))}
            </button>
          </form>
          <p class="notice" role="status">${this.notice}</p>
          <details class="demo-settings">
            <summary>${t.demo}</summary>
            <p>${t.demoHint}</p>
            <label class="field">
              <span>${t.decline}</span>
              <select
                @change=${(event: Event) => {
                  this.decline = declines[Number((event.target as HTMLSelectElement).value)]!;
                }}
              >
                ${declines.map(
                  (decline, index) =>
                    html`<option value=${index} ?selected=${decline === this.decline}>
                      ${decline.code} · ${decline.message[locale]}
                    </option>`,
                )}
              </select>
            </label>
          </details>
        </section>
      </main>
    `;
  }

  private declinedTemplate() {
    const t = text[this.locale];
    return html`<div class="declined" role="alert">
      ${icon('alert')}
      <div>
        <p class="declined-title">${t.declinedTitle}</p>
        <p>${t.declinedBody(this.decline.message[this.locale], this.decline.code)}</p>
        <div class="declined-actions">
          <button type="button" class="primary" @click=${this.openHelp}>${t.getHelp}</button>
          <button
            type="button"
            class="secondary"
            @click=${() => {
              this.phase = 'ready';
              this.update();
            }}
          >
            ${t.retry}
          </button>
        </div>
      </div>
    </div>`;
  }
}

const delay = Number(new URLSearchParams(location.search).get('pay-delay'));
const page = new CheckoutPage(
  document.querySelector<HTMLElement>('#app')!,
  document.querySelector('wallet-support')!,
  Number.isFinite(delay) && new URLSearchParams(location.search).has('pay-delay') ? delay : 900,
);
page.start();
document.documentElement.setAttribute('data-ready', '');
