/**
 * demo/help.html: a wallet provider's help centre. The launcher sits in the corner as on any host
 * page; each topic can also open the widget straight in its flow.
 */
import { html, nothing, render } from 'lit';
import '../../src/index.js';
import type { ProblemId } from '../../src/shared/problems.js';
import type { Ticket } from '../../src/ticket/types.js';
import { deliverTicket } from './deliver-ticket.js';
import { demoBar } from './demo-bar.js';
import { icon, type IconName } from './icons.js';
import { initialPageLocale, showHostPageIn, type PageLocale } from './page-locale.js';

interface Topic {
  problem: ProblemId;
  icon: IconName;
  title: string;
  body: string;
}

interface Article {
  question: string;
  answer: string;
}

interface HelpText {
  brand: string;
  centre: string;
  heroTitle: string;
  heroBody: string;
  search: string;
  searchLabel: string;
  topicsTitle: string;
  getHelp: string;
  topics: Topic[];
  articlesTitle: string;
  articles: Article[];
  noResults: string;
  contactTitle: string;
  contactBody: string;
  chat: string;
  safety: string;
  ticketReceived: (id: string) => string;
}

const text: Record<PageLocale, HelpText> = {
  en: {
    brand: 'Lumi Pay',
    centre: 'Help Centre',
    heroTitle: 'How can we help?',
    heroBody: 'Answers for payments, cards, top-ups and your e-CNY wallet. Or ask the assistant in the corner.',
    search: 'Search help, e.g. “top-up” or “charged twice”',
    searchLabel: 'Search the help centre',
    topicsTitle: 'Something went wrong',
    getHelp: 'Get help',
    topics: [
      {
        problem: 'payment-failed',
        icon: 'payment',
        title: 'A payment failed',
        body: 'Declined, timed out, or the shop did not accept the wallet.',
      },
      {
        problem: 'card-binding-failed',
        icon: 'link',
        title: 'Could not link a card',
        body: 'Card details, bank restrictions, or verification problems.',
      },
      {
        problem: 'activation-failed',
        icon: 'activate',
        title: 'Could not activate the wallet',
        body: 'Identity checks, one account per ID, unsupported devices.',
      },
      {
        problem: 'top-up-failed',
        icon: 'topup',
        title: 'A top-up failed',
        body: 'Expired or locked cards, bank balance, the wrong card.',
      },
      {
        problem: 'bank-wallet-payment-failed',
        icon: 'bank',
        title: 'e-CNY wallet payment failed',
        body: 'Wallet tier limits, balance, passwords and maintenance.',
      },
      {
        problem: 'funds-missing',
        icon: 'missing',
        title: 'Money missing or taken twice',
        body: 'Check your records, secure the account, then we investigate.',
      },
    ],
    articlesTitle: 'Popular answers',
    articles: [
      {
        question: 'My payment failed but the money was taken. What now?',
        answer:
          'Usually this is a hold that the bank releases by itself: on debit cards it typically drops off within 1–4 days, on credit cards it can take up to 30 days. Check the order with the shop before paying again.',
      },
      {
        question: 'Why can my wallet not top up from a bank card?',
        answer:
          'Anonymous e-CNY wallets (tier 4, phone number only) cannot top up from a bank card. Upgrade the wallet in the app, or move money in from your bank’s mobile app.',
      },
      {
        question: 'What are my wallet’s payment limits?',
        answer:
          'Limits depend on the wallet tier and your bank, and they change over time. The limits shown in your app are the ones that apply; a sub-wallet can also carry its own, lower limits.',
      },
      {
        question: 'Will support ever ask for my SMS code or password?',
        answer:
          'Never. Type codes, passwords and PINs only on the payment screen. Our assistant masks them if you type them in the chat.',
      },
    ],
    noResults: 'Nothing matches your search. Ask the assistant instead.',
    contactTitle: 'Still stuck?',
    contactBody: 'The assistant collects what an agent needs and files a ticket for you.',
    chat: 'Chat with the assistant',
    safety: 'We never ask for full card numbers, CVV, PINs, passwords or SMS codes.',
    ticketReceived: (id) =>
      `Ticket ${id} received. We reply by email within one working day. (Demo: nothing left this page.)`,
  },
  'zh-CN': {
    brand: '鹿米支付',
    centre: '帮助中心',
    heroTitle: '有什么可以帮您？',
    heroBody: '付款、绑卡、充值和数字人民币钱包的常见问题解答，也可以直接问右下角的助手。',
    search: '搜索帮助，例如“充值”或“重复扣款”',
    searchLabel: '搜索帮助中心',
    topicsTitle: '遇到了问题',
    getHelp: '获取帮助',
    topics: [
      { problem: 'payment-failed', icon: 'payment', title: '付款失败', body: '被拒付、超时，或商家不支持该钱包。' },
      { problem: 'card-binding-failed', icon: 'link', title: '绑卡失败', body: '卡片信息、银行限制或验证问题。' },
      {
        problem: 'activation-failed',
        icon: 'activate',
        title: '钱包开通失败',
        body: '身份核验、一证一户、设备不支持。',
      },
      { problem: 'top-up-failed', icon: 'topup', title: '充值失败', body: '银行卡过期或被锁、卡内余额不足、绑错卡。' },
      {
        problem: 'bank-wallet-payment-failed',
        icon: 'bank',
        title: '数字人民币钱包付款失败',
        body: '钱包等级限额、余额、密码和系统维护。',
      },
      {
        problem: 'funds-missing',
        icon: 'missing',
        title: '钱不见了或被重复扣款',
        body: '先核对记录、保护账户，再由我们调查。',
      },
    ],
    articlesTitle: '热门问答',
    articles: [
      {
        question: '支付失败但钱被扣了，怎么办？',
        answer:
          '这通常是银行的预授权冻结，会自动退回：借记卡一般 1–4 天内释放，信用卡最长可能需要 30 天。重新付款前，请先向商家确认订单状态。',
      },
      {
        question: '为什么我的钱包不能用银行卡充值？',
        answer:
          '匿名的四类数字人民币钱包（仅手机号开通）不支持银行卡充值。可以在 App 中升级钱包，或通过银行 App 的“转入”功能充值。',
      },
      {
        question: '我的钱包支付限额是多少？',
        answer: '限额取决于钱包等级和开户银行，并会随时间调整，请以 App 中显示的为准；子钱包也可能设有更低的单独限额。',
      },
      {
        question: '客服会向我索要短信验证码或密码吗？',
        answer: '绝对不会。验证码、密码和 PIN 只在支付页面输入。如果您在对话中输入了，助手会自动遮盖。',
      },
    ],
    noResults: '没有找到相关内容，可以直接问助手。',
    contactTitle: '还没有解决？',
    contactBody: '助手会整理客服需要的信息，并为您提交工单。',
    chat: '和助手对话',
    safety: '我们绝不会索要完整卡号、CVV、PIN、密码或短信验证码。',
    ticketReceived: (id) => `已收到工单 ${id}，我们会在一个工作日内通过邮件回复。（演示：没有任何数据离开本页面。）`,
  },
};

class HelpPage {
  private locale = initialPageLocale();
  private query = '';
  private notice = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly widget: HTMLElementTagNameMap['wallet-support'],
  ) {
    widget.addEventListener('wallet-support-ticket', this.handleTicket);
  }

  start(): void {
    this.applyLocale();
    this.update();
  }

  private applyLocale(): void {
    showHostPageIn(this.locale, this.widget, `${text[this.locale].brand} · ${text[this.locale].centre}`);
  }

  private handleLocale = (locale: PageLocale) => {
    this.locale = locale;
    this.applyLocale();
    this.update();
  };

  private openTopic(problem: ProblemId): void {
    void this.widget.start(problem);
  }

  private handleTicket = (event: CustomEvent<{ ticket: Ticket }>) => {
    this.notice = text[this.locale].ticketReceived(deliverTicket(this.widget, event, 'HELP'));
    this.update();
  };

  private update(): void {
    render(this.template(), this.root);
  }

  private matches(...fields: string[]): boolean {
    const needle = this.query.trim().toLowerCase();
    return !needle || fields.some((field) => field.toLowerCase().includes(needle));
  }

  private template() {
    const t = text[this.locale];
    const topics = t.topics.filter((topic) => this.matches(topic.title, topic.body));
    const articles = t.articles.filter((article) => this.matches(article.question, article.answer));
    return html`
      ${demoBar('help', this.locale, this.handleLocale)}
      <header class="help-header">
        <div class="help-brand">
          ${icon('wallet')}<span>${t.brand}</span><span class="divider" aria-hidden="true"></span
          ><span class="centre">${t.centre}</span>
        </div>
      </header>
      <section class="hero">
        <h1>${t.heroTitle}</h1>
        <p>${t.heroBody}</p>
        <div class="search" role="search">
          ${icon('search')}
          <input
            type="search"
            aria-label=${t.searchLabel}
            placeholder=${t.search}
            .value=${this.query}
            @input=${(event: InputEvent) => {
              this.query = (event.target as HTMLInputElement).value;
              this.update();
            }}
          />
        </div>
      </section>
      <main class="help-main">
        <p class="notice" role="status">${this.notice}</p>
        ${
          topics.length
            ? html`<section aria-labelledby="topics-title">
                <h2 id="topics-title">${t.topicsTitle}</h2>
                <ul class="topics">
                  ${topics.map(
                    (topic) =>
                      html`<li class="topic">
                        <span class="topic-icon">${icon(topic.icon)}</span>
                        <h3>${topic.title}</h3>
                        <p>${topic.body}</p>
                        <button
                          type="button"
                          class="secondary"
                          @click=${() => this.openTopic(topic.problem)}
                          aria-label=${`${t.getHelp}: ${topic.title}`}
                        >
                          ${t.getHelp}
                        </button>
                      </li>`,
                  )}
                </ul>
              </section>`
            : nothing
        }
        ${
          articles.length
            ? html`<section aria-labelledby="articles-title" class="articles">
                <h2 id="articles-title">${t.articlesTitle}</h2>
                ${articles.map(
                  (article) =>
                    html`<details class="article">
                      <summary>${article.question}</summary>
                      <p>${article.answer}</p>
                    </details>`,
                )}
              </section>`
            : nothing
        }
        ${topics.length + articles.length === 0 ? html`<p class="empty">${t.noResults}</p>` : nothing}
        <section class="contact" aria-labelledby="contact-title">
          <div>
            <h2 id="contact-title">${t.contactTitle}</h2>
            <p>${t.contactBody}</p>
          </div>
          <button type="button" class="primary" @click=${() => this.widget.show()}>${icon('chat')} ${t.chat}</button>
        </section>
        <p class="safety">${icon('shield')} ${t.safety}</p>
      </main>
    `;
  }
}

new HelpPage(document.querySelector<HTMLElement>('#app')!, document.querySelector('wallet-support')!).start();
document.documentElement.setAttribute('data-ready', '');
