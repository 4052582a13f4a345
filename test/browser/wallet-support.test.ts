import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
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

  it('announces wallet-support-open for an element that starts open, once', async () => {
    const element = document.createElement('wallet-support');
    element.lang = 'en';
    element.setAttribute('open', '');
    const events = recordEvents(element, ['wallet-support-open', 'wallet-support-close']);
    document.body.append(element);
    try {
      const widget = new WidgetHarness(element);
      // The first question shows after the panel's first update, when the open event went out.
      await until(() => widget.byRole('log').length > 0 && widget.messages().length > 0, 'the first question', 15_000);
      expect(events.map((event) => event.type)).to.deep.equal(['wallet-support-open']);
      await widget.click('Close');
      expect(events.map((event) => event.type)).to.deep.equal(['wallet-support-open', 'wallet-support-close']);
    } finally {
      element.remove();
    }
  });

  it('takes a failed payment from the first question to a submitted ticket, by clicking and typing', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, eventNames);
    await widget.open();
    await widget.click('A payment failed');
    // What the error said comes first: it decides the fix.
    expect(widget.lastBotText()).to.match(/What did the error message say/);
    expect(widget.byRole('textbox', /What did the error message say/)).to.have.length(1);
    await widget.answer('Insufficient funds (51)');
    expect(widget.log.textContent).to.match(/not enough balance/i);
    expect(widget.log.textContent, 'no time or amount asked before the fix').not.to.match(
      /when did it happen|what was the amount/i,
    );

    await widget.click('No, I still need help');
    expect(widget.lastBotText()).to.match(/other possible causes/);
    await widget.click('None of these, contact support');
    // The facts that change no advice are asked on the way to the ticket.
    expect(widget.log.textContent).to.contain('Let me prepare a ticket');
    expect(widget.byRole('textbox', /when did it happen/)).to.have.length(1);
    await widget.answer('2026-11-26T15:00:00+08:00');
    expect(widget.byRole('textbox', /What was the amount/)).to.have.length(1);
    await widget.answer('¥1,299.50');
    expect(widget.lastBotText()).to.match(/What did you pay with/);
    expect(widget.byRole('button', 'Wallet balance')).to.have.length(1);
    await widget.click('Debit card');

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
    expect(ticket).to.include({
      problem: 'payment-failed',
      cause: 'insufficient-balance',
      errorMessage: 'Insufficient funds (51)',
    });
    expect(ticket.amount).to.deep.equal({ value: '1299.50', currency: 'CNY' });
    expect(ticket.contact).to.deep.equal({ email: 'li.lei@example.com' });
    expect(ticket.description).to.equal('Tried twice, still fails');
    expect(ticket.stepsTried).to.have.length(1);
    expect(ticket.id).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.parse(ticket.occurredAt!)).to.equal(Date.parse('2026-11-26T15:00:00+08:00'));
    expect(ticket.transcript.some((line) => line.from === 'user' && line.text === '¥1,299.50')).to.equal(true);
    expect(ticket.transcript.some((line) => line.from === 'user' && line.text === 'Debit card')).to.equal(true);
    expect(ticket.page.url).to.equal(location.origin + location.pathname);
    const steps = events.filter((e) => e.type === 'wallet-support-step').map((e) => e.detail.state);
    expect(steps).to.deep.equal([
      'askingProblem',
      'askingError',
      'fixingBalance',
      'choosingOtherCause',
      'askingTicketTime',
      'askingTicketAmount',
      'askingTicketPaymentMethod',
      'reviewingTicket',
      'ticketFiled',
    ]);
  });

  it('goes straight to the diagnosis when the host passes amount, time and error, and reports resolved', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        amount="88.8"
        occurred-at="2026-11-26T15:00:00+08:00"
        error-message="余额不足 (51)"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, eventNames);
    await widget.open();
    const said = widget
      .messages()
      .map((m) => m.text)
      .join('\n');
    expect(said).not.to.match(/When did it happen|How much|error message say/);
    expect(widget.lastBotText()).to.match(/Did this solve it/);
    await widget.click('Yes, solved');
    const resolved = await until(() => events.find((e) => e.type === 'wallet-support-resolved'), 'resolved');
    expect(resolved.detail).to.deep.include({ problem: 'payment-failed', cause: 'insufficient-balance' });
    expect(widget.byRole('button', 'Yes, solved').every((b) => (b as HTMLButtonElement).disabled)).to.equal(true);
  });

  it('shows a typed card number only masked, and tells the user why', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        amount="10"
        occurred-at="2026-11-26T15:00:00+08:00"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.answer('card 4111 1111 1111 1111 declined');
    expect(widget.root.innerHTML).not.to.contain('4111 1111 1111 1111');
    expect(widget.log.textContent).to.contain('•••• 1111');
    expect(widget.log.textContent).to.match(/hidden the card number/);
  });

  it('renders user input as text, never as HTML', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        amount="10"
        occurred-at="2026-11-26T15:00:00+08:00"
      ></wallet-support>`,
    );
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
    // On the way to the ticket: the amount is known, so the time is asked, then how it was paid.
    const chip = await fixture<WalletSupport>(
      html`<wallet-support lang="zh-CN" problem="payment-failed" amount="88.8"></wallet-support>`,
    );
    const byChip = new WidgetHarness(chip);
    await byChip.open();
    await byChip.click('没有提示');
    await byChip.click('都不是，联系客服');
    await until(() => byChip.step === 'askingTicketTime', 'the time question');
    expect(byChip.byRole('textbox', /大约是什么时候发生的/)).to.have.length(1);
    await byChip.click('昨天');
    await until(() => /用什么付的款/.test(byChip.lastBotText()), 'the payment method question');
    expect(
      byChip
        .messages()
        .filter((m) => m.from === 'user')
        .at(-1)!.text,
    ).to.equal('昨天');
    expect(byChip.log.textContent, 'the amount the host gave is not asked').not.to.match(/金额是多少/);

    // Money taken for a failed payment: when it was taken is asked right after the error.
    const picker = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        error-message="Duplicate transaction (94)"
      ></wallet-support>`,
    );
    const byPicker = new WidgetHarness(picker);
    await byPicker.open();
    await until(() => byPicker.step === 'checkingWhenCharged', 'the question when the money was taken');
    expect(byPicker.byRole('textbox', /when was the money taken/)).to.have.length(1);
    const input = byPicker.root.querySelector<HTMLInputElement>('input[type=datetime-local]')!;
    expect(byPicker.root.querySelector(`label[for="${input.id}"]`)!.textContent).to.match(/pick the date and time/);
    input.value = '2026-11-20T20:30';
    await byPicker.click('Use this time');
    await until(() => /What did you pay with/.test(byPicker.lastBotText()), 'the payment method question');
    expect(byPicker.messages().some((m) => m.from === 'user' && m.text.startsWith('2026-11-20'))).to.equal(true);
  });

  it('answers only the question whose button was double-clicked, wherever the second click lands', async () => {
    // A fixed viewport, so the panel and its buttons are where this test expects them.
    await setViewport({ width: 1024, height: 768 });
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        error-message="Insufficient funds (51)"
        persist="none"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    const answers = () =>
      widget
        .messages()
        .filter((m) => m.from === 'user')
        .map((m) => m.text);
    const secondClick = (target: Element, x: number, y: number) =>
      target.dispatchEvent(
        new MouseEvent('click', {
          detail: 2,
          bubbles: true,
          composed: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          view: window,
        }),
      );
    try {
      // The first click, a real one from the pointer, answers "Did this solve it?"; the list of other
      // causes is drawn under the pointer, and the second click of the double click (detail 2) goes,
      // as Chromium sends it, to whatever is under the pointer now.
      const no = (await widget.button('No, I still need help')).getBoundingClientRect();
      const [x, y] = [Math.round(no.left + no.width / 2), Math.round(no.top + no.height / 2)];
      await sendMouse({ type: 'click', position: [x, y] });
      await until(() => widget.step === 'choosingOtherCause', 'the list of other causes');
      await widget.settle();
      const under = widget.root.elementFromPoint(x, y);
      expect(
        under instanceof HTMLButtonElement && !under.disabled && under.closest('.current'),
        `a button of the next question under the pointer, not ${under?.outerHTML}`,
      ).to.be.ok;
      secondClick(under!, x, y);
      await widget.settle();
      expect(answers(), 'one answer').to.deep.equal(['No, I still need help']);
      expect(widget.step).to.equal('choosingOtherCause');
      expect(widget.steps.at(-2), 'no question skipped').to.equal('fixingBalance');
      expect((under as HTMLButtonElement).disabled, 'the next question is still open').to.equal(false);

      // A faster double click: both clicks reach the same button before the widget redraws.
      const network = await widget.button('Bad connection or a timeout');
      network.dispatchEvent(
        new MouseEvent('click', { detail: 1, bubbles: true, composed: true, cancelable: true, view: window }),
      );
      secondClick(network, 0, 0);
      await until(() => widget.step === 'fixingNetwork', 'the network fix');
      await widget.settle();
      expect(answers()).to.deep.equal(['No, I still need help', 'Bad connection or a timeout']);

      // Keyboard presses (detail 0) are never a repeat: Enter twice on two questions answers both.
      (await widget.button('No, I still need help')).dispatchEvent(
        new MouseEvent('click', { detail: 0, bubbles: true, composed: true }),
      );
      await until(() => widget.step === 'offeringTicket', 'the ticket offered first');
      expect(answers()).to.deep.equal([
        'No, I still need help',
        'Bad connection or a timeout',
        'No, I still need help',
      ]);
    } finally {
      await resetMouse();
    }
  });

  it('sends a double-clicked answer once, also when a refused answer comes back into the box', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        error-message="Duplicate transaction (94)"
        persist="none"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    await until(() => widget.step === 'checkingWhenCharged', 'the question when the money was taken');
    const answers = () =>
      widget
        .messages()
        .filter((m) => m.from === 'user')
        .map((m) => m.text);
    // More than 180 days ago: asked back ("send it again if it is right"), the time left in the box.
    const long = new Date(Date.now() - 400 * 86_400_000);
    const typed = `${long.getFullYear()}-${String(long.getMonth() + 1).padStart(2, '0')}-${String(long.getDate()).padStart(2, '0')} 10:00`;
    const box = widget.root.querySelector<HTMLTextAreaElement>('.composer textarea')!;
    box.value = typed;
    const send = widget.root.querySelector<HTMLButtonElement>('[part~="send-button"]')!;
    const click = (detail: number) =>
      send.dispatchEvent(
        new MouseEvent('click', { detail, bubbles: true, composed: true, cancelable: true, view: window }),
      );
    click(1);
    await until(
      () => /more than 180 days ago/.test(widget.lastBotText()) && box.value === typed,
      'the time asked back, in the box again',
    );
    // The double click's second click: not a confirmation the person never read.
    click(2);
    await widget.settle();
    expect(answers()).to.deep.equal([typed]);
    expect(widget.step).to.equal('checkingWhenCharged');
    // Sent again on purpose, it is taken.
    click(1);
    await until(() => widget.step === 'checkingWhenChargedPaymentMethod', 'the payment method question');
    expect(answers()).to.deep.equal([typed, typed]);
  });

  it('goes back to the previous question with Back, and the choices become live again', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        amount="10"
        occurred-at="2026-11-26T15:00:00+08:00"
      ></wallet-support>`,
    );
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
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        amount="10"
        occurred-at="2026-11-26T15:00:00+08:00"
        payment-method="debit-card"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ['wallet-support-ticket']);
    element.addEventListener('wallet-support-ticket', (event) => event.preventDefault());
    await widget.open();
    await widget.answer('Declined for card 4111-1111-1111-1111, CVV 123');
    const digits = /4111\D?1111\D?1111\D?1111/;
    expect(widget.log.textContent).to.contain('•••• 1111');
    expect(widget.root.innerHTML).not.to.match(digits);
    expect(widget.root.innerHTML).not.to.contain('CVV 123');

    // "Declined" only hints at the bank: the widget asks, and support is one of the answers.
    expect(widget.lastBotText()).to.match(/It looks like .*Is that it\?/);
    await widget.click('Contact support');
    // The host gave the time, the amount and how it was paid: nothing is left to ask.
    const { asked } = await widget.toTicketForm();
    expect(asked).to.deep.equal([]);
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
    await element.start('payment-failed', {
      amount: '88.80',
      occurredAt: '2026-11-26T15:00:00+08:00',
      errorMessage: '余额不足 (51)',
    });
    await until(() => /Did this solve it/.test(widget.lastBotText()), 'the diagnosis');
    await element.start('top-up-failed', { amount: '50' });
    await until(
      () => widget.byRole('textbox').length > 0 && !/Did this solve it/.test(widget.lastBotText()),
      'a question',
    );
    expect(element.errorMessage).to.equal(undefined);
    expect(element.amount).to.equal('50');
    // The error the first start() gave is not carried over: the top-up flow asks for its own.
    expect(widget.step).to.equal('askingError');
    expect(widget.lastBotText()).to.match(/What did the app say/);
  });
});
