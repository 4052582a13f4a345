import type { Ticket } from './types.js';

export interface DeliveryOptions {
  fetch?: typeof fetch;
  /** Attempts in all, including the first. */
  attempts?: number;
  /** Base of the exponential backoff, in ms. */
  baseDelay?: number;
  maxDelay?: number;
  timeout?: number;
  sleep?: (ms: number) => Promise<void>;
}

export type DeliveryResult =
  | { ok: true; status: number; reference?: string }
  | { ok: false; retryable: boolean; status?: number; error: string };

const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

function backoff(attempt: number, base: number, max: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, max);
  // Full jitter (AWS "Exponential backoff and jitter"): spreads retries from many clients apart.
  return Math.random() * Math.min(max, base * 2 ** attempt);
}

/**
 * POSTs a ticket as JSON. Every attempt carries the same body and `Idempotency-Key: ticket.id`,
 * so a server that saw an earlier attempt answers with the ticket it already has.
 */
export async function deliverTicket(ticket: Ticket, endpoint: string, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const {
    fetch: send = globalThis.fetch.bind(globalThis),
    attempts = 4,
    baseDelay = 500,
    maxDelay = 8000,
    timeout = 10000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  } = options;
  const body = JSON.stringify(ticket);
  let last: DeliveryResult = { ok: false, retryable: true, error: 'not sent' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    let retryAfter: string | null = null;
    try {
      const response = await send(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': ticket.id },
        body,
        signal: AbortSignal.timeout(timeout),
      });
      if (response.ok) {
        const reply = (await response.json().catch(() => ({}))) as { id?: unknown; reference?: unknown };
        const reference = reply.reference ?? reply.id;
        return { ok: true, status: response.status, reference: typeof reference === 'string' ? reference : undefined };
      }
      last = { ok: false, retryable: retryableStatus(response.status), status: response.status, error: `HTTP ${response.status}` };
      retryAfter = response.headers.get('Retry-After');
    } catch (error) {
      last = { ok: false, retryable: true, error: error instanceof Error ? error.message : String(error) };
    }
    if (!last.retryable || attempt === attempts - 1) break;
    await sleep(backoff(attempt, baseDelay, maxDelay, retryAfter));
  }
  return last;
}
