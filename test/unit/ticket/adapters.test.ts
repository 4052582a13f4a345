import { describe, expect, it } from 'vitest';
import { referenceFrom, requestFor } from '../../../src/ticket/adapters/index.js';
import { makeTicket } from './fakes.js';

describe('ticket request formats', () => {
  it('posts the ticket itself as JSON by default, keyed by its id', () => {
    const ticket = makeTicket();
    const request = requestFor(ticket, 'https://support.example/tickets');
    expect(request.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': ticket.id });
    expect(JSON.parse(request.body)).toEqual(ticket);
    expect(referenceFrom('json', { reference: 'R-1', id: 'x' })).toBe('R-1');
    expect(referenceFrom('json', { id: 42 })).toBe('42');
  });

  it('makes a Zendesk anonymous request: requester, subject and the whole ticket as the comment', () => {
    const ticket = makeTicket();
    const body = JSON.parse(requestFor(ticket, 'https://acme.zendesk.com/api/v2/requests.json', 'zendesk').body);
    expect(Object.keys(body)).toEqual(['request']);
    expect(body.request.requester).toEqual({ name: 'li.lei@example.com', email: 'li.lei@example.com' });
    expect(body.request.subject).toBe('Wallet support: payment-failed (insufficient-balance) 1299.50 CNY');
    expect(body.request.comment.body).toContain(`Ticket ${ticket.id}`);
    expect(body.request.comment.body).toContain('Steps tried: Checked the balance');
    expect(body.request.comment.body).toContain('user: yesterday at 3pm');
    expect(referenceFrom('zendesk', { request: { id: 35436, status: 'new' } })).toBe('35436');
  });

  it('makes a Freshdesk ticket: HTML description, requester, open, low priority, chat source', () => {
    const ticket = makeTicket({ description: '<b>not markup</b>', contact: { phone: '+86 138 0013 8000' } });
    const body = JSON.parse(requestFor(ticket, 'https://proxy.example/freshdesk', 'freshdesk').body);
    expect(body).toMatchObject({ phone: '+86 138 0013 8000', name: '+86 138 0013 8000', status: 2, priority: 1, source: 7 });
    expect(body).not.toHaveProperty('email');
    expect(body.tags).toEqual(['wallet-support', 'payment-failed', 'insufficient-balance']);
    expect(body.description).toMatch(/^<pre>Ticket /);
    expect(body.description).toContain('&#60;b&#62;not markup&#60;/b&#62;');
    expect(body.description).not.toContain('<b>');
    expect(referenceFrom('freshdesk', { id: 1, subject: 's' })).toBe('1');
  });

  it('serializes the same ticket to the same bytes every time', () => {
    const ticket = makeTicket();
    for (const format of ['json', 'zendesk', 'freshdesk'] as const) {
      expect(requestFor(structuredClone(ticket), 'u', format)).toEqual(requestFor(ticket, 'u', format));
    }
  });
});
