import { describe, expect, it } from 'vitest';
import { requestFor } from '../../../src/ticket/adapters/index.js';
import { attemptDelivery, attemptTimeout, parseRetryAfter, retryDelay } from '../../../src/ticket/deliver.js';
import { makeTicket } from './fakes.js';

const request = requestFor(makeTicket(), 'https://support.example/tickets');

function answering(response: Response | Error): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    return response;
  };
}

describe('one delivery attempt', () => {
  it('reads the reference of a created ticket', async () => {
    const result = await attemptDelivery(request, { fetch: answering(Response.json({ id: 'T-1' }, { status: 201 })) });
    expect(result).toEqual({ ok: true, status: 201, reference: 'T-1' });
  });

  it('counts a 2xx without a readable body as delivered', async () => {
    const result = await attemptDelivery(request, { fetch: answering(new Response(null, { status: 204 })) });
    expect(result).toEqual({ ok: true, status: 204, reference: undefined });
  });

  it.each([408, 429, 500, 502, 503, 504])('retries HTTP %i', async (status) => {
    const result = await attemptDelivery(request, { fetch: answering(new Response('', { status })) });
    expect(result).toMatchObject({ ok: false, retryable: true, status });
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry HTTP %i', async (status) => {
    const result = await attemptDelivery(request, { fetch: answering(new Response('', { status })) });
    expect(result).toMatchObject({ ok: false, retryable: false, status, error: `HTTP ${status}` });
  });

  it('retries a refused connection, as a network error', async () => {
    const result = await attemptDelivery(request, { fetch: answering(new TypeError('Failed to fetch')) });
    expect(result).toEqual({ ok: false, retryable: true, error: 'Failed to fetch', network: true });
  });

  it('gives up on an attempt that takes too long, and retries it', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const result = await attemptDelivery(request, { fetch: hanging, timeout: 5 });
    expect(result).toMatchObject({ ok: false, retryable: true, error: 'timed out', network: true });
  });

  it("passes the server's Retry-After on", async () => {
    const response = new Response('', { status: 503, headers: { 'Retry-After': '7' } });
    expect(await attemptDelivery(request, { fetch: answering(response) })).toMatchObject({ retryAfter: 7000 });
  });

  it('sends the frozen body with the Idempotency-Key, as a POST', async () => {
    let seen: RequestInit | undefined;
    await attemptDelivery(request, {
      fetch: async (_url, init) => {
        seen = init;
        return new Response(null, { status: 201 });
      },
    });
    expect(seen).toMatchObject({ method: 'POST', body: request.body, headers: request.headers });
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-26T07:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 07:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 06:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('draws a full-jitter delay below a doubling, capped ceiling', () => {
    const policy = { baseDelay: 1000, maxDelay: 8000, minDelay: 0 };
    expect([0, 1, 2, 3, 4, 10].map((attempt) => retryDelay(attempt, undefined, policy, () => 0.999999))).toEqual([
      999, 1999, 3999, 7999, 7999, 7999,
    ]);
  });

  it('never waits less than the floor, whatever the jitter draws or the server asks', () => {
    const policy = { baseDelay: 1000, maxDelay: 8000, minDelay: 500 };
    expect(retryDelay(3, undefined, policy, () => 0)).toBe(500);
    expect(retryDelay(0, 0, policy, () => 0.5)).toBe(500);
    // A policy without a floor still gets one: no policy can make a 0 ms loop.
    expect(retryDelay(3, 0, { ...policy, minDelay: 0 }, () => 0)).toBeGreaterThan(0);
    expect(retryDelay(3, undefined, { ...policy, minDelay: 0 }, () => 0)).toBeGreaterThan(0);
  });

  it('waits exactly as long as the server asked', () => {
    expect(retryDelay(0, 30_000, { baseDelay: 1000, maxDelay: 8000, minDelay: 1000 }, () => 0.5)).toBe(30_000);
  });

  it('gives each attempt twice the time of the one before: 15 s, 30 s, 60 s, then 120 s', () => {
    expect([0, 1, 2, 3, 4, 50].map((attempt) => attemptTimeout(attempt))).toEqual([
      15_000, 30_000, 60_000, 120_000, 120_000, 120_000,
    ]);
  });
});
