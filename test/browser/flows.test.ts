/**
 * Each of the seven flows once, end to end in Chromium, driven by role and accessible name the way
 * a person would: opening the widget, describing or picking the problem, answering, pressing the
 * offered buttons, and ending resolved or with a submitted ticket.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { problemIds } from '../../src/shared/problems.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

const eventNames = ['wallet-support-step', 'wallet-support-resolved', 'wallet-support-ticket'];

async function widgetFor(template: ReturnType<typeof html>) {
  const element = await fixture<WalletSupport>(template);
  const widget = new WidgetHarness(element);
  const events = recordEvents(element, eventNames);
  // The host page handles delivery: these tests look at the ticket, not at a network.
  element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
  await widget.open();
  return { element, widget, events };
}

/** The ticket this conversation filed (an outbox may also replay tickets an earlier test left behind). */
const ticketOf = async (events: CustomEvent[], problem: string) =>
  (
    await until(
      () => events.find((e) => e.type === 'wallet-support-ticket' && (e.detail.ticket as Ticket).problem === problem),
      `the ${problem} ticket`,
    )
  ).detail.ticket as Ticket;

const resolvedOf = async (events: CustomEvent[]) =>
  (await until(() => events.find((e) => e.type === 'wallet-support-resolved'), 'the resolved event')).detail;

describe('every flow, end to end', () => {
  afterEach(() => {
    fixtureCleanup();
    // Each conversation starts fresh: nothing kept from the one before.
    localStorage.clear();
    sessionStorage.clear();
  });

  it('payment-failed: typed description, the error first, symptoms, a fix that did not help, then the ticket questions and a ticket', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="en"></wallet-support>`);
    expect(widget.byRole('textbox', 'Describe what went wrong')).to.have.length(1);
    await widget.answer('The payment at the checkout was declined');
    expect(widget.log.textContent).to.contain('Got it: a payment failed.');
    await widget.waitFor('What did the error message say?');
    expect(widget.log.textContent, 'no time or amount before the error').not.to.match(
      /when did it happen|what was the amount/i,
    );
    await widget.click('No message was shown');
    await widget.click('Bad connection or a timeout');
    await widget.click('No, I still need help');
    expect(
      widget.byRole('button', 'Bad connection or a timeout').every((b) => (b as HTMLButtonElement).disabled),
    ).to.equal(true);
    await widget.click('None of these, contact support');
    const { asked } = await widget.toTicketForm({
      occurredAt: '2026-11-26T15:00:00+08:00',
      amount: '¥88.80',
      paymentMethod: 'Wallet balance',
    });
    expect(asked, 'payment-failed asks time, amount and payment method on the way to the ticket').to.deep.equal([
      'occurredAt',
      'amount',
      'paymentMethod',
    ]);
    expect(widget.byRole('form', 'Support ticket')).to.have.length(1);
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const ticket = await ticketOf(events, 'payment-failed');
    expect(ticket).to.include({ problem: 'payment-failed', cause: 'network' });
    expect(ticket.amount).to.deep.equal({ value: '88.80', currency: 'CNY' });
    expect(Date.parse(ticket.occurredAt!)).to.equal(Date.parse('2026-11-26T15:00:00+08:00'));
    expect(ticket.stepsTried).to.deep.equal(['Checked and switched the network, then retried']);
  });

  it('card-binding-failed, in Chinese: typed description and error, resolved by rechecking the card', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="zh-CN"></wallet-support>`);
    await widget.answer('绑卡一直失败');
    await widget.waitFor('绑卡时显示了什么提示');
    expect(widget.byRole('textbox', /绑卡时显示了什么提示/)).to.have.length(1);
    await widget.answer('银行卡信息不一致');
    expect(widget.log.textContent).to.contain('只能绑定本人名下的银行卡');
    await widget.click('已解决');
    expect(await resolvedOf(events)).to.deep.include({ problem: 'card-binding-failed', cause: 'card-info-invalid' });
  });

  it('activation-failed, in Chinese: picked by button, verification tips, then a ticket', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="zh-CN"></wallet-support>`);
    await widget.click('钱包开通失败');
    await widget.click('没有提示');
    await widget.click('人脸、指纹或短信验证没通过');
    expect(widget.log.textContent).to.contain('正对摄像头');
    await widget.click('未解决');
    await widget.click('都不是，联系客服');
    // Activation needs no time, amount or payment method: straight to the form.
    expect((await widget.toTicketForm()).asked).to.deep.equal([]);
    expect(widget.byRole('form', '工单')).to.have.length(1);
    await widget.fill('联系方式', '13800000000');
    await widget.click('提交');
    const ticket = await ticketOf(events, 'activation-failed');
    expect(ticket).to.include({ problem: 'activation-failed', cause: 'verification-failed', locale: 'zh-CN' });
    expect(ticket.stepsTried).to.have.length(1);
  });

  it('top-up-failed: the host passed amount and time, the error goes straight to its fix', async () => {
    const { widget, events } = await widgetFor(
      html`<wallet-support
        lang="en"
        problem="top-up-failed"
        amount="500"
        occurred-at="2026-11-26T10:00:00+08:00"
      ></wallet-support>`,
    );
    // The error first: no time or amount before it (and the host gave both anyway).
    expect(widget.step).to.equal('askingError');
    expect(
      widget
        .messages()
        .map((m) => m.text)
        .join('\n'),
    ).not.to.match(/when did|how much|what was the amount/i);
    await widget.answer('Insufficient funds (51)');
    expect(widget.log.textContent).to.contain("the card's available balance");
    await widget.click('Yes, solved');
    expect(await resolvedOf(events)).to.deep.include({ problem: 'top-up-failed', cause: 'insufficient-balance' });
  });

  it('bank-wallet-payment-failed, in Traditional Chinese: wallet tier limits, resolved', async () => {
    const { widget, events } = await widgetFor(
      html`<wallet-support
        lang="zh-TW"
        problem="bank-wallet-payment-failed"
        amount="2500"
        occurred-at="2026-11-26T20:00:00+08:00"
      ></wallet-support>`,
    );
    await widget.click('沒有訊息');
    await widget.click('顯示超出單筆或單日限額');
    expect(widget.log.textContent).to.contain('單筆 2,000 元、單日 5,000 元');
    expect(widget.log.textContent).to.contain('請在錢包 App 中查看您的限額');
    await widget.click('已解決');
    expect(await resolvedOf(events)).to.deep.include({
      problem: 'bank-wallet-payment-failed',
      cause: 'limit-exceeded',
    });
  });

  it('funds-missing: a greeting and the symptoms first, records, securing the account, then a ticket', async () => {
    const { widget, events } = await widgetFor(
      html`<wallet-support
        lang="en"
        problem="funds-missing"
        amount="199"
        occurred-at="2026-11-26T15:00:00+08:00"
        support-phone="95188"
      ></wallet-support>`,
    );
    expect(widget.messages()[0]!.text).to.contain("Don't worry");
    expect(widget.lastBotText()).to.match(/closest to what happened/);
    await widget.click('There is a payment I did not make');
    await widget.click('No, I still need help');
    expect(widget.log.textContent).to.contain('Secure it first');
    await widget.click('Done');
    expect(widget.log.textContent).to.contain('call your bank');
    // The provider's hotline the host gave (support-phone), as a link to call.
    const hotline = widget.log.querySelector<HTMLAnchorElement>('.bot .bubble a[href^="tel:"]');
    expect([hotline?.getAttribute('href'), hotline?.textContent]).to.deep.equal(['tel:95188', '95188']);
    // The host gave the time and the amount: only how it was paid is left to ask.
    const { asked } = await widget.toTicketForm({ paymentMethod: 'Credit card' });
    expect(asked).to.deep.equal(['paymentMethod']);
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const ticket = await ticketOf(events, 'funds-missing');
    expect(ticket.problem).to.equal('funds-missing');
    expect(ticket.amount).to.deep.equal({ value: '199.00', currency: 'CNY' });
    expect(ticket.stepsTried).to.deep.equal([
      'Went through the transaction records',
      'Changed the passwords and froze the account',
    ]);
    expect(ticket.transcript.some((line) => line.from === 'user' && line.text === 'Credit card')).to.equal(true);
    const steps = events.filter((e) => e.type === 'wallet-support-step').map((e) => e.detail.state);
    expect(steps[0], 'no time or amount question first').to.equal('askingSymptom');
    expect(steps).to.include.members([
      'askingSymptom',
      'reviewingRecords',
      'securingAccount',
      'askingTicketPaymentMethod',
      'reviewingTicket',
      'ticketFiled',
    ]);
  });

  it('other: "Something else" asks what happened, then time and amount, and files a ticket', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="en"></wallet-support>`);
    await widget.click('Something else: contact support');
    expect(widget.byRole('textbox', /tell me in a few words what happened/)).to.have.length(1);
    await widget.answer('The order says unpaid although the money was taken');
    // Not remembering the time is an answer too: it is noted, and the amount is asked next.
    const { asked } = await widget.toTicketForm({ amount: '¥42' });
    expect(asked, 'time and amount, no payment method').to.deep.equal(['occurredAt', 'amount']);
    expect(widget.log.textContent).to.contain("I'll note in the ticket that this is not known");
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const ticket = await ticketOf(events, 'other');
    expect(ticket.description).to.equal('The order says unpaid although the money was taken');
    expect(ticket.amount).to.deep.equal({ value: '42.00', currency: 'CNY' });
    expect(ticket).not.to.have.property('occurredAt');
    expect(ticket.stepsTried).to.deep.equal([]);
  });
});

/**
 * Every label the widget shows while `walk` runs (buttons, field labels, accessible names,
 * placeholders, headings), caught as it renders: a label shown for one step and gone the next
 * counts too. Message bubbles are the flow's prose, not labels, and are left out.
 */
async function labelsShownWhile(widget: WidgetHarness, walk: () => Promise<void>): Promise<Set<string>> {
  const seen = new Set<string>();
  const collect = () => {
    for (const node of widget.root.querySelectorAll<HTMLElement>(
      'button, label, summary, h2, h3, option, [aria-label], [placeholder]',
    )) {
      if (node.closest('.bubble')) continue;
      for (const text of [node.textContent, node.getAttribute('aria-label'), node.getAttribute('placeholder')]) {
        const label = text?.replace(/\s+/g, ' ').trim();
        if (label) seen.add(label);
      }
    }
  };
  const observer = new MutationObserver(collect);
  observer.observe(widget.root, { childList: true, subtree: true, characterData: true, attributes: true });
  try {
    collect();
    await walk();
    collect();
  } finally {
    observer.disconnect();
  }
  return seen;
}

describe('the zh-TW help flow', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    sessionStorage.clear();
  });

  // Taiwan says 顯示 or 訊息 where the mainland says 提示 ("显示超出限额", "没有提示").
  it('shows no label with 提示, in any flow: first question, symptoms, a fix, other causes, the way to the ticket and the form', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="zh-TW" persist="none"></wallet-support>`);
    element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
    const widget = new WidgetHarness(element);
    const walked: string[] = [];
    const labels = await labelsShownWhile(widget, async () => {
      await widget.open();
      for (const problem of problemIds) {
        const before = widget.steps.length;
        await element.start(problem);
        await until(() => widget.steps.length > before, `${problem} to start`);
        await widget.settle();
        if (widget.byRole('button', '沒有訊息').length) await widget.click('沒有訊息');
        else if (widget.root.querySelector('.composer textarea')) await widget.answer('訂單顯示未付款');
        // A list of symptoms (or the way to the ticket, for "other"): on to the ticket from there.
        const giveUp = widget.byRole('button', /聯絡客服$/).find((button) => !(button as HTMLButtonElement).disabled);
        if (giveUp) await widget.click(giveUp.textContent!.trim());
        await widget.toTicketForm();
        walked.push(`${problem}: ${widget.steps.slice(before).join(' > ')}`);
      }
      // The other kinds of question, in the payment flow: a suspected cause, a fix, the other causes
      // and the ticket offered first, an explanation, the "Did you mean" offer.
      const before = widget.steps.length;
      await element.start('payment-failed');
      await until(() => widget.steps.length > before, 'payment-failed to start');
      await widget.answer('付款被拒絕');
      await widget.click('對，就是這樣');
      await widget.click('未解決');
      await widget.click('網路不好或付款逾時');
      await widget.click('未解決');
      expect(widget.step).to.equal('offeringTicket');
      await widget.click('聯絡客服');
      await until(() => widget.step === 'askingTicketTime', 'the time question');
      await widget.click('剛剛');
      await widget.answer('大概 3');
      await until(() => widget.byRole('button', '¥3.00').length === 1, 'the amount offered');
      await widget.click('¥3.00');
      await widget.click('金融卡');
      await until(() => widget.ticketForm(), 'the ticket form');
      await widget.fill('聯絡方式', 'li.lei@example.com');
      await widget.click('送出');
      await until(() => widget.step === 'ticketFiled', 'the filed ticket');
      const again = widget.steps.length;
      await element.start('payment-failed');
      await until(() => widget.steps.length > again, 'payment-failed to start again');
      await widget.answer('已註冊');
      await until(() => widget.byRole('button', '提交客服單給客服').length === 1, 'the explanation');
    });
    expect(walked, 'every flow walked to its ticket form').to.have.length(problemIds.length);
    for (const expected of [
      '沒有訊息',
      '顯示超出限額',
      '不記得了',
      '金融卡',
      '未解決',
      '對，就是這樣',
      '看看其他可能的原因',
      '¥3.00',
    ]) {
      expect(labels, `the walk showed "${expected}"`).to.include(expected);
    }
    expect([...labels].filter((label) => label.includes('提示'))).to.deep.equal([]);
  });
});
