import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import type { Ticket } from '../../src/ticket/types.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

const eventNames = [
  'wallet-support-open',
  'wallet-support-close',
  'wallet-support-step',
  'wallet-support-resolved',
  'wallet-support-ticket',
];

describe('<wallet-support>', () => {
  // Conversations survive a reload in sessionStorage: each test starts from a fresh page's storage.
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('renders a launcher named Help, and no panel until opened', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    expect(widget.byRole('button', 'Help')).to.have.length(1);
    expect(widget.byRole('dialog')).to.have.length(0);
  });

  it('opens a dialog with a Close button and a polite log, in Chinese', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="zh-CN"></wallet-support>`);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, eventNames);
    await widget.open();
    const [dialog] = widget.byRole('dialog');
    expect(dialog).to.exist;
    expect(widget.root.getElementById(dialog!.getAttribute('aria-labelledby')!)!.textContent).to.equal('支付帮助');
    expect(widget.byRole('button', '关闭')).to.have.length(1);
    expect(widget.log.getAttribute('aria-live')).to.equal('polite');
    expect(element.open).to.equal(true);
    expect(element.hasAttribute('open')).to.equal(true);
    expect(events.map((e) => e.type)).to.include('wallet-support-open');
    await widget.click('关闭');
    expect(widget.byRole('dialog')).to.have.length(0);
    expect(events.at(-1)!.type).to.equal('wallet-support-close');
  });

  it('takes a failed payment from the first question to a submitted ticket, by clicking and typing', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, eventNames);
    await widget.open();
    await widget.click('A payment failed');
    expect(widget.lastBotText()).to.match(/When did it happen/);
    expect(widget.byRole('textbox', /When did it happen/)).to.have.length(1);

    await widget.answer('2026-11-26T15:00:00+08:00');
    expect(widget.lastBotText()).to.match(/How much/);
    await widget.answer('¥1,299.50');
    expect(widget.lastBotText()).to.match(/error message/);
    await widget.answer('Insufficient funds (51)');
    expect(widget.log.textContent).to.match(/not enough balance/i);

    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    const [form] = widget.byRole('form', 'Support ticket');
    expect(form, 'ticket form').to.exist;
    const field = (label: string) => widget.byRole('textbox', label)[0] as HTMLInputElement;
    expect(field('Amount').value).to.equal('1299.50');
    expect(field('Error message').value).to.equal('Insufficient funds (51)');
    expect(field('Contact').value).to.equal('');

    await widget.click('Submit');
    expect(widget.root.querySelector('.field-error[role=alert]')?.textContent).to.match(/email address or a phone/);
    field('Contact').value = 'li.lei@example.com';
    field('Description').value = 'Tried twice, still fails';
    await widget.click('Submit');

    const ticketEvent = await until(() => events.find((e) => e.type === 'wallet-support-ticket'), 'the ticket event');
    const ticket = ticketEvent.detail.ticket as Ticket;
    expect(ticketEvent.bubbles && ticketEvent.composed && ticketEvent.cancelable).to.equal(true);
    expect(ticket).to.include({ problem: 'payment-failed', cause: 'insufficient-balance', errorMessage: 'Insufficient funds (51)' });
    expect(ticket.amount).to.deep.equal({ value: '1299.50', currency: 'CNY' });
    expect(ticket.contact).to.deep.equal({ email: 'li.lei@example.com' });
    expect(ticket.description).to.equal('Tried twice, still fails');
    expect(ticket.stepsTried).to.have.length(1);
    expect(ticket.id).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.parse(ticket.occurredAt!)).to.equal(Date.parse('2026-11-26T15:00:00+08:00'));
    expect(ticket.transcript.some((line) => line.from === 'user' && line.text === '¥1,299.50')).to.equal(true);
    expect(ticket.page.url).to.equal(location.origin + location.pathname);
    const steps = events.filter((e) => e.type === 'wallet-support-step').map((e) => e.detail.state);
    expect(steps).to.include.members(['askingTime', 'askingAmount', 'askingError', 'fixingBalance', 'reviewingTicket', 'ticketFiled']);
  });

  it('goes straight to the diagnosis when the host passes amount, time and error, and reports resolved', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support
      lang="en"
      problem="payment-failed"
      amount="88.8"
      occurred-at="2026-11-26T15:00:00+08:00"
      error-message="余额不足 (51)"
    ></wallet-support>`);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, eventNames);
    await widget.open();
    const said = widget.messages().map((m) => m.text).join('\n');
    expect(said).not.to.match(/When did it happen|How much|error message say/);
    expect(widget.lastBotText()).to.match(/Did this solve it/);
    await widget.click('Yes, solved');
    const resolved = await until(() => events.find((e) => e.type === 'wallet-support-resolved'), 'resolved');
    expect(resolved.detail).to.deep.equal({ problem: 'payment-failed', cause: 'insufficient-balance' });
    expect(widget.byRole('button', 'Yes, solved').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
  });

  it('shows a typed card number only masked, and tells the user why', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="payment-failed"
      amount="10" occurred-at="2026-11-26T15:00:00+08:00"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.answer('card 4111 1111 1111 1111 declined');
    expect(widget.root.innerHTML).not.to.contain('4111 1111 1111 1111');
    expect(widget.log.textContent).to.contain('•••• 1111');
    expect(widget.log.textContent).to.match(/hidden the card number/);
  });

  it('renders user input as text, never as HTML', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="payment-failed"
      amount="10" occurred-at="2026-11-26T15:00:00+08:00"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    const payload = '<img src=x onerror="window.__pwned=1"> **bold**';
    await widget.answer(payload);
    const bubble = [...widget.log.querySelectorAll('.message.user .bubble')].at(-1)!;
    expect(bubble.textContent).to.equal(payload);
    expect(bubble.children).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('answers a time question with a quick chip or the native date-time picker', async () => {
    const chip = await fixture<WalletSupport>(html`<wallet-support lang="zh-CN" problem="payment-failed"></wallet-support>`);
    const byChip = new WidgetHarness(chip);
    await byChip.open();
    await byChip.click('昨天');
    await until(() => /金额/.test(byChip.lastBotText()), 'the amount question');
    expect(byChip.messages().filter((m) => m.from === 'user').at(-1)!.text).to.equal('昨天');

    const picker = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="payment-failed"></wallet-support>`);
    const byPicker = new WidgetHarness(picker);
    await byPicker.open();
    const input = byPicker.root.querySelector<HTMLInputElement>('input[type=datetime-local]')!;
    expect(byPicker.root.querySelector(`label[for="${input.id}"]`)!.textContent).to.match(/pick the date and time/);
    input.value = '2026-11-20T20:30';
    await byPicker.click('Use this time');
    await until(() => /How much/.test(byPicker.lastBotText()), 'the amount question');
    expect(byPicker.messages().some((m) => m.from === 'user' && m.text.startsWith('2026-11-20'))).to.equal(true);
  });

  it('goes back to the previous question with Back, and the choices become live again', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="payment-failed"
      amount="10" occurred-at="2026-11-26T15:00:00+08:00"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    expect(widget.byRole('button', 'Back')).to.have.length(0);
    await widget.click('No message was shown');
    await widget.click('Not enough balance');
    expect(widget.lastBotText()).to.match(/Did this solve it/);

    await widget.click('Back');
    expect(widget.lastBotText()).to.match(/closest to what happened/);
    const balance = widget.byRole('button', 'Not enough balance');
    expect(balance).to.have.length(1);
    expect((balance[0] as HTMLButtonElement).disabled).to.equal(false);
    await widget.click('Not enough balance');
    expect(widget.lastBotText()).to.match(/Did this solve it/);
  });

  it('keeps a card number typed as the error message out of the log, the ticket and storage', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="payment-failed"
      amount="10" occurred-at="2026-11-26T15:00:00+08:00"></wallet-support>`);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ['wallet-support-ticket']);
    element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
    await widget.open();
    await widget.answer('Declined for card 4111-1111-1111-1111, CVV 123');
    const digits = /4111\D?1111\D?1111\D?1111/;
    expect(widget.log.textContent).to.contain('•••• 1111');
    expect(widget.root.innerHTML).not.to.match(digits);
    expect(widget.root.innerHTML).not.to.contain('CVV 123');

    await widget.click('None of these, contact support');
    const contact = widget.byRole('textbox', 'Contact')[0] as HTMLInputElement;
    contact.value = 'li.lei@example.com';
    await widget.click('Submit');
    const ticket = (await until(() => events[0], 'the ticket')).detail.ticket as Ticket;
    expect(JSON.stringify(ticket)).not.to.match(digits);
    expect(ticket.cardLast4).to.equal('1111');
    const stored = [...Array(sessionStorage.length).keys(), ...Array(localStorage.length).keys()].length;
    const everything = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
    expect(stored).to.be.greaterThan(0);
    expect(everything).not.to.match(digits);
    expect(everything).not.to.contain('CVV 123');
  });

  it('starts a second flow with only what that start() says, not what an earlier one said', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" persist="none"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await element.start('payment-failed', { amount: '88.80', occurredAt: '2026-11-26T15:00:00+08:00', errorMessage: '余额不足 (51)' });
    await until(() => /Did this solve it/.test(widget.lastBotText()), 'the diagnosis');
    await element.start('top-up-failed', { amount: '50' });
    await until(() => widget.byRole('textbox').length > 0 && !/Did this solve it/.test(widget.lastBotText()), 'a question');
    expect(element.errorMessage).to.equal(undefined);
    expect(element.amount).to.equal('50');
    expect(widget.lastBotText()).not.to.match(/How much/);
  });
});
