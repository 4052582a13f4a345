import { describe, expect, it } from 'vitest';
import { checkTicketEndpoint } from '../../../src/ticket/adapters/endpoint.js';

const securePage = 'https://shop.example/checkout/failed?order=1';
const plainPage = 'http://intranet.example/help';

describe('ticket-endpoint', () => {
  it('takes https: URLs, and resolves relative ones against the page', () => {
    expect(checkTicketEndpoint('https://support.example/tickets', securePage)).toEqual({
      ok: true,
      url: 'https://support.example/tickets',
    });
    expect(checkTicketEndpoint('/api/tickets', securePage)).toEqual({
      ok: true,
      url: 'https://shop.example/api/tickets',
    });
    expect(checkTicketEndpoint('tickets', securePage)).toEqual({
      ok: true,
      url: 'https://shop.example/checkout/tickets',
    });
    expect(checkTicketEndpoint('//support.example/t', securePage)).toEqual({
      ok: true,
      url: 'https://support.example/t',
    });
  });

  it("takes plain http: only to localhost, or to the page's own origin when the page is http: itself", () => {
    for (const url of ['http://localhost:8080/t', 'http://127.0.0.1:9/t', 'http://[::1]/t']) {
      expect(checkTicketEndpoint(url, securePage)).toMatchObject({ ok: true });
    }
    expect(checkTicketEndpoint('/tickets', plainPage)).toEqual({ ok: true, url: 'http://intranet.example/tickets' });
    expect(checkTicketEndpoint('http://support.example/tickets', securePage)).toMatchObject({ ok: false });
    expect(checkTicketEndpoint('http://support.example/tickets', plainPage)).toMatchObject({ ok: false });
    expect(checkTicketEndpoint('http://127.0.0.2/t', securePage)).toMatchObject({ ok: false });
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:fetch("//evil.example")',
    'data:text/plain,ticket',
    'blob:https://shop.example/0b9f1c52-6e1f-4c39-9a5b-0d7f7b1e8d11',
    'file:///etc/passwd',
    'ftp://support.example/t',
    'mailto:help@example.com',
    'https://user:secret@support.example/t',
    'https://',
  ])('refuses %s', (value) => {
    expect(checkTicketEndpoint(value, securePage)).toMatchObject({ ok: false });
  });

  it('has nothing to say when no endpoint is set', () => {
    expect(checkTicketEndpoint(undefined, securePage)).toBeUndefined();
    expect(checkTicketEndpoint('  ', securePage)).toBeUndefined();
  });
});
