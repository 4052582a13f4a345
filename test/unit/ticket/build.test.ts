import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../../../src/engine/context.js';
import { buildTicket, newTicketId } from '../../../src/ticket/build.js';

const page = { url: 'https://shop.example/checkout', userAgent: 'test' };

function context(extra: Partial<FlowContext> = {}): FlowContext {
  return {
    locale: 'en',
    problem: 'payment-failed',
    facts: { errorMessage: 'Error 4111 1111 1111 1111', amount: { value: '88.80', currency: 'CNY' } },
    stepsTried: ['Checked the network'],
    fixesTried: ['check-network'],
    transcript: [
      { from: 'bot', text: 'What did the error say?', at: '2026-11-27T10:00:00.000Z' },
      { from: 'user', text: 'card •••• 4242 was declined', at: '2026-11-27T10:00:05.000Z' },
    ],
    ...extra,
  };
}

describe('building a ticket from a conversation', () => {
  it('reports the cause the user confirmed or chose', () => {
    expect(buildTicket(context({ cause: 'network' }), page).cause).toBe('network');
  });

  it('does not report a guess the user said no to', () => {
    const guessed = context({ classification: { cause: 'network', confidence: 0.5 } });
    expect(buildTicket(guessed, page).cause).toBe('unknown');
  });

  it('carries at most the last four digits of a card, and redacts free text again', () => {
    const ticket = buildTicket(context(), page, new Date('2026-11-27T10:01:00Z'), 'id-1');
    expect(ticket.cardLast4).toBe('4242');
    expect(ticket.errorMessage).toBe('Error •••• 1111');
    expect(JSON.stringify(ticket)).not.toMatch(/4111\s?1111/);
    expect(ticket).toMatchObject({
      id: 'id-1',
      createdAt: '2026-11-27T10:01:00.000Z',
      stepsTried: ['Checked the network'],
    });
    expect(ticket.amount).toEqual({ value: '88.80', currency: 'CNY' });
  });
});

describe('the transcript in a ticket', () => {
  it('carries the plain words of each line, not the bot formatting the widget rendered', () => {
    const formatted = context({
      transcript: [
        {
          from: 'bot',
          text: 'Check the order\n\n1. Switch networks',
          rich: [
            ['p', ['strong', 'Check'], ' the order'],
            ['ol', ['li', 'Switch networks']],
          ],
          at: '2026-11-27T10:00:00.000Z',
        },
      ],
    });
    expect(buildTicket(formatted, page).transcript).toEqual([
      { from: 'bot', text: 'Check the order\n\n1. Switch networks', at: '2026-11-27T10:00:00.000Z' },
    ]);
  });
});

describe('the page in a ticket (issue 13)', () => {
  it.each([
    ['https://shop.example/checkout?pan=4111111111111111&otp=483920#access_token=abc', 'https://shop.example/checkout'],
    ['https://shop.example/pay/?order=1#done', 'https://shop.example/pay/'],
    ['https://user:secret@shop.example/checkout', 'https://shop.example/checkout'],
    ['https://shop.example/cards/4111111111111111/verify', 'https://shop.example/cards/•••• 1111/verify'],
    ['not a url?token=abc#x', 'not a url'],
  ])('keeps the origin and path of %s', (url, kept) => {
    const ticket = buildTicket(context(), { url, userAgent: 'test' });
    expect(ticket.page).toEqual({ url: kept, userAgent: 'test' });
    expect(JSON.stringify(ticket)).not.toMatch(/483920|access_token|secret|4111111111111111/);
  });
});

describe('a card number split over answers (issue 13)', () => {
  const at = '2026-11-27T10:00:00.000Z';
  const split = (extra: Partial<FlowContext> = {}) =>
    context({
      facts: { errorMessage: 'card 4111 1111' },
      transcript: [
        { from: 'bot', text: 'What did the error say?', at },
        { from: 'user', text: 'card 4111 1111', at },
        { from: 'bot', text: 'Sorry, I did not get that.', at },
        { from: 'user', text: '1111 1111 declined', at },
      ],
      ...extra,
    });

  it('is masked in both lines of the transcript and in the fact the first answer gave', () => {
    const ticket = buildTicket(split(), page);
    expect(ticket.transcript.map((line) => line.text)).toEqual([
      'What did the error say?',
      'card ••••',
      'Sorry, I did not get that.',
      '•••• 1111 declined',
    ]);
    expect(ticket.errorMessage).toBe('card ••••');
    expect(ticket.cardLast4).toBe('1111');
    const said = [...ticket.transcript.map((line) => line.text), ticket.errorMessage].join(' ');
    expect(said.replace(/\D/g, '')).toBe('1111');
  });

  it('is masked when its second half is in the description', () => {
    const ticket = buildTicket(
      context({
        facts: { description: '1111 1111, please help' },
        transcript: [{ from: 'user', text: 'my card is 4111 1111', at }],
      }),
      page,
    );
    expect(ticket.transcript[0]!.text).toBe('my card is ••••');
    expect(ticket.description).toBe('•••• 1111, please help');
  });

  it('does not join a user line to a bot line', () => {
    const ticket = buildTicket(
      context({
        facts: {},
        transcript: [
          { from: 'user', text: '4111 1111', at },
          { from: 'bot', text: '1111 1111', at },
        ],
      }),
      page,
    );
    expect(ticket.transcript.map((line) => line.text)).toEqual(['4111 1111', '1111 1111']);
  });
});

describe('the contact in a ticket', () => {
  it('carries a card number kept as a contact (before this was refused) only masked', () => {
    const ticket = buildTicket(context({ facts: { contact: { phone: '+4111 1111 1111 1111' } } }), page);
    expect(ticket.contact).toEqual({ phone: '+•••• 1111' });
  });

  it('carries a valid contact as written', () => {
    const ticket = buildTicket(context({ facts: { contact: { email: 'pin.li@163.com' } } }), page);
    expect(ticket.contact).toEqual({ email: 'pin.li@163.com' });
  });
});

describe('what the person did not remember, and how they paid', () => {
  const context = (facts: FlowContext['facts']): FlowContext => ({
    locale: 'en',
    problem: 'payment-failed',
    facts,
    stepsTried: [],
    fixesTried: [],
    transcript: [],
  });
  const page = { url: 'https://shop.example/checkout', userAgent: 'test' };

  it('says which facts are unknown because the person did not remember them', () => {
    const ticket = buildTicket(
      context({ paymentMethod: 'credit-card', notRemembered: ['occurredAt', 'amount'] }),
      page,
    );
    expect(ticket.paymentMethod).toBe('credit-card');
    expect(ticket.notRemembered).toEqual(['occurredAt', 'amount']);
  });

  it('drops a fact from the unknown ones once the form gave it', () => {
    const ticket = buildTicket(
      context({ amount: { value: '5.00', currency: 'CNY' }, notRemembered: ['amount'] }),
      page,
    );
    expect(ticket.notRemembered).toBeUndefined();
  });
});

describe('the ticket id', () => {
  it('is a UUID v4, also where crypto.randomUUID is missing (an http:// page)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => newTicketId()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});

describe('the ticket as text (copy, e-mail, help desks)', () => {
  it('names how the person paid and what they did not remember', async () => {
    const { ticketAsText } = await import('../../../src/ticket/text.js');
    const ticket = buildTicket(
      {
        locale: 'en',
        problem: 'funds-missing',
        facts: { paymentMethod: 'debit-card', notRemembered: ['occurredAt'] },
        stepsTried: [],
        transcript: [],
      },
      { url: 'https://shop.example/', userAgent: 'test' },
    );
    expect(ticketAsText(ticket)).toContain('Paid with: debit-card');
    expect(ticketAsText(ticket)).toContain('Not remembered: occurredAt');
  });
});
