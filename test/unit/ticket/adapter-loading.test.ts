import { describe, expect, it } from 'vitest';
import { hasAdapter, loadAdapter, referenceFrom, requestFor } from '../../../src/ticket/adapters/index.js';
import { makeTicket } from './fakes.js';

describe("a help desk's adapter", () => {
  it('is not loaded until a page asks for that format, while JSON always is', async () => {
    expect(hasAdapter('json')).toBe(true);
    expect(hasAdapter('zendesk')).toBe(false);
    expect(() => requestFor(makeTicket(), 'https://acme.zendesk.com/api/v2/requests.json', 'zendesk')).toThrow(
      /not loaded/,
    );
    await loadAdapter('zendesk');
    expect(hasAdapter('zendesk')).toBe(true);
    expect(
      JSON.parse(requestFor(makeTicket(), 'https://acme.zendesk.com/api/v2/requests.json', 'zendesk').body),
    ).toHaveProperty('request');
  });

  it('loads by itself to read a reply', async () => {
    expect(hasAdapter('freshdesk')).toBe(false);
    expect(await referenceFrom('freshdesk', { id: 7 })).toBe('7');
    expect(hasAdapter('freshdesk')).toBe(true);
  });
});
