/**
 * Issue 13, item 2, in the real widget: card numbers and codes typed the ways outside testing got
 * them through (zero-width characters, Arabic-Indic digits, a link, "+", "CVV code:", a card split
 * over two answers) reach none of the places a host page, a support desk or an attacker can read:
 * the shadow DOM, Web Storage, the `wallet-support-ticket` event, the POST body the endpoint
 * receives (test/browser/ticket-server.mjs) and the e-mail fallback link.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

interface ServerLog {
  posts: { key: string; body: string }[];
}

const startServer = (payload: { replies?: { status: number }[] }) =>
  executeServerCommand<{ port: number; url: string }, typeof payload>('ticket-server:start', payload);
const stopServer = (port: number) => executeServerCommand('ticket-server:stop', { port });
const serverLog = (port: number) => executeServerCommand<ServerLog, { port: number }>('ticket-server:log', { port });

/** Zeros of the digit scripts typed below; any other decimal digit is left as it is. */
const zeros = [0x30, 0x660, 0x6f0, 0x966, 0xff10];

/**
 * The text as a reader would take its digits: invisible characters dropped, every digit in ASCII,
 * and the separators between digit groups gone, so "4012\u200b8888", "٤٠١٢ ٨٨٨٨" and "4012.8888"
 * all read "40128888". Written here rather than taken from the redactor, so the test does not
 * grade the redactor with its own reading.
 */
function digitsAsRead(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Mn}\p{Me}]/gu, '')
    .replace(/\p{Nd}/gu, (digit) => {
      const codePoint = digit.codePointAt(0)!;
      const zero = zeros.find((z) => codePoint >= z && codePoint <= z + 9);
      return zero === undefined ? digit : String(codePoint - zero);
    })
    .replace(/(?<=\d)[\s\-._·]+(?=\d)/g, '');
}

/** Every 7 consecutive digits of a card number: none of them may be readable anywhere. */
function sevenDigitWindows(card: string): string[] {
  return [...card].slice(0, card.length - 6).map((_, i) => card.slice(i, i + 7));
}

function expectNoCardIn(where: string, text: string, cards: string[]): void {
  const read = digitsAsRead(text);
  for (const card of cards) {
    for (const window of sevenDigitWindows(card))
      expect(read.includes(window), `${where} holds ${window} of ${card}`).to.equal(false);
  }
}

/** The codes: their phrases must be followed by a mask, never by a digit in any script. */
const codesTyped = [/CVV code:\s*\d/, /短信\s*\d/, /PIN number is\s*\d/];

function expectNoCodeIn(where: string, text: string): void {
  const read = digitsAsRead(text);
  for (const code of codesTyped) expect(code.test(read), `${where} matches ${code}`).to.equal(false);
  expect(read.includes('483920'), `${where} holds the SMS code`).to.equal(false);
}

/** Everything the widget shows in its shadow root: markup, attributes and the values of its fields. */
function shadowText(widget: WidgetHarness): string {
  const values = [...widget.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
    (f) => f.value,
  );
  return [widget.root.innerHTML, ...values].join('\n');
}

const storageText = () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });

/**
 * A widget that knows the amount, the error and how it was paid, but not when: the flow asks for
 * the time, a question that refuses a secret and asks again, so several can be typed in a row.
 */
async function widgetFor(endpoint: string) {
  const element = await fixture<WalletSupport>(
    html`<wallet-support
      lang="en"
      problem="payment-failed"
      amount="88.80"
      error-message="余额不足 (51)"
      payment-method="balance"
      ticket-endpoint=${endpoint}
    ></wallet-support>`,
  );
  return {
    element,
    widget: new WidgetHarness(element),
    events: recordEvents(element, ['wallet-support-ticket', 'wallet-support-ticket-failed']),
  };
}

const timeQuestion = (widget: WidgetHarness) => widget.byRole('textbox', /when did it happen/i)[0];
const ticketForm = (widget: WidgetHarness) => widget.byRole('form', 'Support ticket')[0];

/** Clicks the way on ("No, I still need help", "None of these, contact support") until `reached`. */
async function goOnUntil(widget: WidgetHarness, reached: () => unknown, what: string): Promise<void> {
  for (let step = 0; step < 4 && !reached(); step++) {
    const next = await until(
      () =>
        widget
          .byRole('button', /^(No, I still need help|None of these, contact support)$/)
          .find((b) => !(b as HTMLButtonElement).disabled) ?? reached(),
      `the way on to ${what}`,
    );
    if (next instanceof HTMLButtonElement) await widget.click(next.textContent!.trim());
  }
  await until(reached, what);
}

/** From the time question to a filed ticket the endpoint refuses (400), so the e-mail link is offered too. */
async function fileTicket(widget: WidgetHarness, events: CustomEvent[]): Promise<Ticket> {
  await widget.click('just now');
  await goOnUntil(widget, () => ticketForm(widget), 'the ticket form');
  await widget.fill('Contact', 'li.lei@example.com');
  await widget.click('Submit');
  await until(() => events.find((e) => e.type === 'wallet-support-ticket-failed'), 'the refused delivery');
  await until(() => widget.root.querySelector('a[href^="mailto:"]'), 'the e-mail link');
  return events.find((e) => e.type === 'wallet-support-ticket')!.detail.ticket as Ticket;
}

/** The ticket as each sink got it: the event detail, the POST body and the mailto link. */
async function ticketSinks(widget: WidgetHarness, ticket: Ticket, port: number): Promise<[string, string][]> {
  const { posts } = await serverLog(port);
  expect(posts).to.have.length(1);
  const mailto = decodeURIComponent(widget.root.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href);
  return [
    ['the ticket event', JSON.stringify(ticket)],
    ['the POST body', posts[0]!.body],
    ['the mailto link', mailto],
  ];
}

describe('masking in every sink (issue 13)', () => {
  before(async () => {
    // Loaded once up front: on a busy machine the first lazy load can outlast the harness's waits.
    await Promise.all([import('../../src/widget/conversation.js'), import('../../flows/payment-failed.js')]);
  });

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('masks cards and codes typed with invisible characters, other digits, a link, "+" and keywords, everywhere', async () => {
    const server = await startServer({ replies: [{ status: 400 }] });
    const { widget, events } = await widgetFor(server.url);
    await widget.open();
    await goOnUntil(widget, () => timeQuestion(widget), 'the time question');
    const typed = [
      'card 4012\u200b8888\u200b8888\u200b1881 was declined',
      '卡号 ٥٥٥٥ ٥٥٥٥ ٥٥٥٥ ٤٤٤٤',
      'https://x.example/pay?card=3530111333300000',
      '+5105 1051 0510 5100',
      '४१११ ११११ ११११ ११११',
      'CVV code: 654',
      '短信 ٤٨٣٩٢٠',
      'my PIN number is 2468',
    ];
    const cards = ['4012888888881881', '5555555555554444', '3530111333300000', '5105105105105100', '4111111111111111'];
    // Each is a secret, not a time: the widget masks it, says why, and asks again.
    for (const text of typed) await widget.answer(text);
    expect(widget.log.textContent).to.contain('•••• 1881');
    expect(widget.log.textContent).to.match(/hidden the card number/);

    const ticket = await fileTicket(widget, events);
    // The refused ticket waits in the outbox: storage holds it, so checking storage checks something.
    expect(storageText()).to.contain(ticket.id);

    for (const [where, text] of [
      ['the shadow DOM', shadowText(widget)],
      ['Web Storage', storageText()],
      ...(await ticketSinks(widget, ticket, server.port)),
    ] as [string, string][]) {
      expectNoCardIn(where, text, cards);
      expectNoCodeIn(where, text);
    }
    expect(ticket.cardLast4).to.equal('1881');
    expect(ticket.page.url).to.equal(location.origin + location.pathname);
    await stopServer(server.port);
  });

  // The smallest case of what the test above types: a card number right after an answer that
  // ended in digits. Read together, the answers are masked as one secret spanning both, and the
  // card's own last twelve digits were left in the log (redactAcross(['5100', '4111 1111 1111 1111'])
  // gives ['••••', '•••• 1111 1111 1111']).
  it('masks a card number typed right after an answer that ended in digits', async () => {
    const server = await startServer({ replies: [{ status: 400 }] });
    const { widget } = await widgetFor(server.url);
    await widget.open();
    await goOnUntil(widget, () => timeQuestion(widget), 'the time question');
    await widget.answer('order 5100');
    await widget.answer('4111 1111 1111 1111');
    expect(widget.log.textContent).to.match(/hidden the card number/);
    expectNoCardIn('the shadow DOM', shadowText(widget), ['4111111111111111']);
    expectNoCardIn('Web Storage', storageText(), ['4111111111111111']);
    await stopServer(server.port);
  });

  it('shows a card number typed as the contact only masked, refuses it, and caps every field', async () => {
    const server = await startServer({ replies: [{ status: 400 }] });
    const { widget } = await widgetFor(server.url);
    await widget.open();
    await goOnUntil(widget, () => timeQuestion(widget), 'the time question');
    await widget.click('just now');
    await goOnUntil(widget, () => ticketForm(widget), 'the ticket form');
    await widget.fill('Contact', '+4111 1111 1111 1111');
    await widget.click('Submit');
    const contact = widget.byRole('textbox', 'Contact')[0] as HTMLInputElement;
    expect(contact.value).to.equal('+•••• 1111');
    expect(widget.root.querySelector('.field-error[role=alert]')?.textContent).to.match(/looks like a card number/);
    // No field takes a paste longer than anything genuine it could hold.
    const maxLengths = Object.fromEntries(
      ['Amount', 'Error code', 'Error message', 'Merchant', 'Order number', 'Description', 'Contact'].map((label) => [
        label,
        (widget.byRole('textbox', label)[0] as HTMLInputElement).maxLength,
      ]),
    );
    expect(maxLengths).to.deep.equal({
      Amount: 64,
      'Error code': 64,
      'Error message': 2000,
      Merchant: 200,
      'Order number': 200,
      Description: 2000,
      Contact: 254,
    });
    expectNoCardIn('the shadow DOM', shadowText(widget), ['4111111111111111']);
    expect((await serverLog(server.port)).posts).to.have.length(0);
    await stopServer(server.port);
  });

  it('masks a card number split over two answers in the ticket, the POST body, the event and the mailto link', async () => {
    const server = await startServer({ replies: [{ status: 400 }] });
    const { widget, events } = await widgetFor(server.url);
    await widget.open();
    await goOnUntil(widget, () => timeQuestion(widget), 'the time question');
    await widget.answer('my card is 4242 4242');
    await widget.answer('4242 4242');
    const ticket = await fileTicket(widget, events);

    for (const [where, text] of await ticketSinks(widget, ticket, server.port))
      expectNoCardIn(where, text, ['4242424242424242']);
    expect(ticket.transcript.filter((line) => line.from === 'user').map((line) => line.text)).to.include.members([
      'my card is ••••',
      '•••• 4242',
    ]);
    expect(ticket.cardLast4).to.equal('4242');
    await stopServer(server.port);
  });

  // The engine masks each answer together with the earlier ones (engine/interpret.ts, redactAcross),
  // so the first half is masked in the log and the stored conversation once the second arrives.
  it('masks a card number split over two answers in the shadow DOM and Web Storage', async () => {
    const server = await startServer({ replies: [{ status: 400 }] });
    const { widget, events } = await widgetFor(server.url);
    await widget.open();
    await goOnUntil(widget, () => timeQuestion(widget), 'the time question');
    await widget.answer('my card is 4242 4242');
    await widget.answer('4242 4242');
    expectNoCardIn('the shadow DOM', shadowText(widget), ['4242424242424242']);
    expectNoCardIn('Web Storage', storageText(), ['4242424242424242']);
    await fileTicket(widget, events);
    expectNoCardIn('the shadow DOM', shadowText(widget), ['4242424242424242']);
    expectNoCardIn('Web Storage', storageText(), ['4242424242424242']);
    await stopServer(server.port);
  });
});
