/**
 * Each of the six flows once, end to end in Chromium, driven by role and accessible name the way
 * a person would: opening the widget, describing or picking the problem, answering, pressing the
 * offered buttons, and ending resolved or with a submitted ticket.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
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

  it('payment-failed: typed description, symptoms, a fix that did not help, then a ticket', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="en"></wallet-support>`);
    expect(widget.byRole('textbox', 'Describe what went wrong')).to.have.length(1);
    await widget.answer('The payment at the checkout was declined');
    expect(widget.log.textContent).to.contain('Got it: a payment failed.');
    await widget.waitFor('When did it happen?');
    await widget.answer('2026-11-26T15:00:00+08:00');
    await widget.answer('¥88.80');
    await widget.click('No message was shown');
    await widget.click('Bad connection or a timeout');
    await widget.click('No, I still need help');
    expect(widget.byRole('button', 'Bad connection or a timeout').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
    await widget.click('None of these, contact support');
    expect(widget.byRole('form', 'Support ticket')).to.have.length(1);
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const ticket = await ticketOf(events, 'payment-failed');
    expect(ticket).to.include({ problem: 'payment-failed', cause: 'network' });
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
    expect(await resolvedOf(events)).to.deep.equal({ problem: 'card-binding-failed', cause: 'card-info-invalid' });
  });

  it('activation-failed, in Chinese: picked by button, verification tips, then a ticket', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="zh-CN"></wallet-support>`);
    await widget.click('钱包开通失败');
    await widget.click('没有提示');
    await widget.click('人脸、指纹或短信验证没通过');
    expect(widget.log.textContent).to.contain('正对摄像头');
    await widget.click('未解决');
    await widget.click('都不是，联系客服');
    expect(widget.byRole('form', '工单')).to.have.length(1);
    await widget.fill('联系方式', '13800000000');
    await widget.click('提交');
    const ticket = await ticketOf(events, 'activation-failed');
    expect(ticket).to.include({ problem: 'activation-failed', cause: 'verification-failed', locale: 'zh-CN' });
    expect(ticket.stepsTried).to.have.length(1);
  });

  it('top-up-failed: the host passed amount and time, the error goes straight to its fix', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="en" problem="top-up-failed"
      amount="500" occurred-at="2026-11-26T10:00:00+08:00"></wallet-support>`);
    expect(widget.messages().map((m) => m.text).join('\n')).not.to.match(/When did you try it|How much/);
    await widget.answer('Insufficient funds (51)');
    expect(widget.log.textContent).to.contain("the card's available balance");
    await widget.click('Yes, solved');
    expect(await resolvedOf(events)).to.deep.equal({ problem: 'top-up-failed', cause: 'insufficient-balance' });
  });

  it('bank-wallet-payment-failed, in Traditional Chinese: wallet tier limits, resolved', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="zh-TW" problem="bank-wallet-payment-failed"
      amount="2500" occurred-at="2026-11-26T20:00:00+08:00"></wallet-support>`);
    await widget.click('沒有訊息');
    await widget.click('顯示超出單筆或單日限額');
    expect(widget.log.textContent).to.contain('單筆 2,000 元、單日 5,000 元');
    expect(widget.log.textContent).to.contain('請在錢包 App 中查看您的限額');
    await widget.click('已解決');
    expect(await resolvedOf(events)).to.deep.equal({ problem: 'bank-wallet-payment-failed', cause: 'limit-exceeded' });
  });

  it('funds-missing: records first, then securing the account, then a ticket', async () => {
    const { widget, events } = await widgetFor(html`<wallet-support lang="en" problem="funds-missing"
      amount="199" occurred-at="2026-11-26T15:00:00+08:00"></wallet-support>`);
    await widget.click('There is a payment I did not make');
    await widget.click('No, I still need help');
    expect(widget.log.textContent).to.contain('Secure it first');
    await widget.click('Done');
    expect(widget.log.textContent).to.contain('call your bank');
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    const ticket = await ticketOf(events, 'funds-missing');
    expect(ticket.problem).to.equal('funds-missing');
    expect(ticket.amount).to.deep.equal({ value: '199.00', currency: 'CNY' });
    expect(ticket.stepsTried).to.deep.equal(['Went through the transaction records', 'Changed the passwords and froze the account']);
    const steps = events.filter((e) => e.type === 'wallet-support-step').map((e) => e.detail.state);
    expect(steps).to.include.members(['askingWhatHappened', 'reviewingRecords', 'securingAccount', 'reviewingTicket', 'ticketFiled']);
  });
});
