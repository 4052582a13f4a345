import { describe, expect, it } from 'vitest';
import type { FlowContext } from '../../../src/engine/context.js';
import { buildTicket } from '../../../src/ticket/build.js';

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
    expect(ticket).toMatchObject({ id: 'id-1', createdAt: '2026-11-27T10:01:00.000Z', stepsTried: ['Checked the network'] });
    expect(ticket.amount).toEqual({ value: '88.80', currency: 'CNY' });
  });
});

describe('the transcript in a ticket', () => {
  it('carries the plain words of each line, not the bot formatting the widget rendered', () => {
    const formatted = context({
      transcript: [
        { from: 'bot', text: 'Check the order\n\n1. Switch networks', rich: [['p', ['strong', 'Check'], ' the order'], ['ol', ['li', 'Switch networks']]], at: '2026-11-27T10:00:00.000Z' },
      ],
    });
    expect(buildTicket(formatted, page).transcript).toEqual([
      { from: 'bot', text: 'Check the order\n\n1. Switch networks', at: '2026-11-27T10:00:00.000Z' },
    ]);
  });
});
