import { beforeAll, describe, expect, it } from 'vitest';
import {
  FRESHDESK_DESCRIPTION_MAX_BYTES,
  SHRUNK_JSON_MAX_BYTES,
  utf8Length,
  ZENDESK_COMMENT_MAX_BYTES,
} from '../../../src/ticket/adapters/cap.js';
import { loadAdapter, referenceFrom, requestFor } from '../../../src/ticket/adapters/index.js';
import { shrinkJsonTicket } from '../../../src/ticket/adapters/json-shrink.js';
import { ticketAsText } from '../../../src/ticket/text.js';
import type { Ticket } from '../../../src/ticket/types.js';
import { makeTicket } from './fakes.js';

// The help desks' adapters load on demand (adapter-loading.test.ts); here they are at hand.
beforeAll(async () => {
  await loadAdapter('zendesk');
  await loadAdapter('freshdesk');
});

describe('ticket request formats', () => {
  it('posts the ticket itself as JSON by default, keyed by its id', async () => {
    const ticket = makeTicket();
    const request = requestFor(ticket, 'https://support.example/tickets');
    expect(request.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': ticket.id });
    expect(JSON.parse(request.body)).toEqual(ticket);
    expect(await referenceFrom('json', { reference: 'R-1', id: 'x' })).toBe('R-1');
    expect(await referenceFrom('json', { id: 42 })).toBe('42');
  });

  it('makes a Zendesk anonymous request: requester, subject and the whole ticket as the comment', async () => {
    const ticket = makeTicket();
    const body = JSON.parse(requestFor(ticket, 'https://acme.zendesk.com/api/v2/requests.json', 'zendesk').body);
    expect(Object.keys(body)).toEqual(['request']);
    expect(body.request.requester).toEqual({ name: 'li.lei@example.com', email: 'li.lei@example.com' });
    expect(body.request.subject).toBe('Wallet support: payment-failed (insufficient-balance) 1299.50 CNY');
    expect(body.request.comment.body).toContain(`Ticket ${ticket.id}`);
    expect(body.request.comment.body).toContain('Steps tried: Checked the balance');
    expect(body.request.comment.body).toContain('user: yesterday at 3pm');
    expect(await referenceFrom('zendesk', { request: { id: 35436, status: 'new' } })).toBe('35436');
  });

  it('makes a Freshdesk ticket: HTML description, requester, open, low priority, chat source', async () => {
    const ticket = makeTicket({ description: '<b>not markup</b>', contact: { phone: '+86 138 0013 8000' } });
    const body = JSON.parse(requestFor(ticket, 'https://proxy.example/freshdesk', 'freshdesk').body);
    expect(body).toMatchObject({
      phone: '+86 138 0013 8000',
      name: '+86 138 0013 8000',
      status: 2,
      priority: 1,
      source: 7,
    });
    expect(body).not.toHaveProperty('email');
    expect(body.tags).toEqual(['wallet-support', 'payment-failed', 'insufficient-balance']);
    expect(body.description).toMatch(/^<pre>Ticket /);
    expect(body.description).toContain('&#60;b&#62;not markup&#60;/b&#62;');
    expect(body.description).not.toContain('<b>');
    expect(await referenceFrom('freshdesk', { id: 1, subject: 's' })).toBe('1');
  });

  it('serializes the same ticket to the same bytes every time', () => {
    const ticket = makeTicket();
    for (const format of ['json', 'zendesk', 'freshdesk'] as const) {
      expect(requestFor(structuredClone(ticket), 'u', format)).toEqual(requestFor(ticket, 'u', format));
    }
  });
});

type Line = Ticket['transcript'][number];

const at = (index: number) => new Date(1_700_000_000_000 + index * 1000).toISOString();

/** A conversation where the person tried `count` times to give an amount the bot could not read. */
function refusedAnswers(
  count: number,
  answer = (index: number) => `about ${index} yuan, ${'I paid twice at the shop '.repeat(78)}`,
): Line[] {
  const lines: Line[] = [{ from: 'bot', text: 'How much was it?', at: at(0) }];
  for (let index = 1; index <= count; index++) {
    lines.push({ from: 'user', text: answer(index), at: at(2 * index) });
    lines.push({
      from: 'bot',
      text: 'Sorry, I could not read that as an amount. Please write it like 1299.50.',
      at: at(2 * index + 1),
    });
  }
  lines.push(
    { from: 'user', text: '88.80', at: at(2 * count + 2) },
    { from: 'bot', text: 'When did it happen?', at: at(2 * count + 3) },
  );
  return lines;
}

const zendeskBody = (ticket: Ticket) =>
  JSON.parse(requestFor(ticket, 'https://acme.zendesk.com/api/v2/requests.json', 'zendesk').body).request.comment
    .body as string;
const freshdeskDescription = (ticket: Ticket) =>
  JSON.parse(requestFor(ticket, 'https://proxy.example/freshdesk', 'freshdesk').body).description as string;

describe('help-desk bodies within their limits', () => {
  it('sends a short ticket whole', () => {
    const ticket = makeTicket();
    expect(zendeskBody(ticket)).toBe(ticketAsText(ticket));
    expect(requestFor(ticket, 'https://acme.zendesk.com/api/v2/requests.json', 'zendesk').capped).toBe(true);
  });

  it('collapses 40 refused answers: first and last kept, the rest counted, within the Zendesk and Freshdesk caps', () => {
    const ticket = makeTicket({ transcript: refusedAnswers(40) });
    expect(utf8Length(ticketAsText(ticket))).toBeGreaterThan(80_000);

    const body = zendeskBody(ticket);
    expect(utf8Length(body)).toBeLessThanOrEqual(ZENDESK_COMMENT_MAX_BYTES);
    expect(body).toContain('[… 38 similar answers left out …]');
    expect(body).toContain('user: about 1 yuan');
    expect(body).toContain('user: about 40 yuan');
    expect(body).not.toContain('about 2 yuan');
    expect(body).toContain('user: 88.80');
    expect(body).toContain('Amount: 1299.50 CNY');

    const description = freshdeskDescription(ticket);
    expect(utf8Length(description)).toBeLessThanOrEqual(FRESHDESK_DESCRIPTION_MAX_BYTES);
    expect(description).toContain('[… 38 similar answers left out …]');
  });

  it('cuts a long conversation from the middle, keeping its start and its end, with a marker', () => {
    const transcript: Line[] = Array.from({ length: 300 }, (_, index) => ({
      from: index % 2 ? 'bot' : 'user',
      text: `different line ${index}: ${'付款失败，余额不足。'.repeat(20)}`,
      at: at(index),
    }));
    const ticket = makeTicket({ transcript });
    for (const text of [zendeskBody(ticket), freshdeskDescription(ticket)]) {
      expect(utf8Length(text)).toBeLessThanOrEqual(32 * 1024);
      expect(text).toContain('different line 0:');
      expect(text).toContain('different line 299:');
      const left = /\[… (\d+) lines left out …\]/.exec(text);
      expect(Number(left?.[1])).toBeGreaterThan(100);
      expect(text).not.toContain('different line 150:');
    }
  });

  it('cuts the text itself when the fields alone are over the cap (a host-supplied error message)', () => {
    const ticket = makeTicket({ errorMessage: 'E'.repeat(40_000) });
    const body = zendeskBody(ticket);
    expect(utf8Length(body)).toBeLessThanOrEqual(ZENDESK_COMMENT_MAX_BYTES);
    expect(body.endsWith('[… cut …]')).toBe(true);
    expect(body).toContain(`Ticket ${ticket.id}`);
  });

  it('sends the JSON ticket whole, and within a cap only when asked to after a 413', () => {
    const ticket = makeTicket({ transcript: refusedAnswers(40) });
    const whole = requestFor(ticket, 'https://support.example/tickets');
    expect(whole.capped).toBe(false);
    expect(JSON.parse(whole.body)).toEqual(ticket);

    const shrunk = requestFor(shrinkJsonTicket(ticket), 'https://support.example/tickets', 'json', { shrink: true });
    expect(shrunk.capped).toBe(true);
    expect(utf8Length(shrunk.body)).toBeLessThanOrEqual(SHRUNK_JSON_MAX_BYTES);
    expect(shrunk.headers['Idempotency-Key']).toBe(ticket.id);
    const sent = JSON.parse(shrunk.body) as Ticket;
    expect({ ...sent, transcript: [] }).toEqual({ ...ticket, transcript: [] });
    expect(sent.transcript.map((line) => line.text)).toContain('[… 38 similar answers left out …]');
  });
});
