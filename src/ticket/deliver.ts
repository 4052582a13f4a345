import { referenceFrom, type TicketRequest } from './adapters/index.js';

/** The outcome of one POST of a frozen ticket request. */
export type AttemptResult =
  | { ok: true; status: number; reference?: string }
  | {
      ok: false;
      /**
       * Network errors, timeouts, 408, 429 and 5xx are worth another try; other 4xx are not
       * (but the outbox sends a body it can shorten once more after a 413).
       */
      retryable: boolean;
      status?: number;
      error: string;
      /** What the server's `Retry-After` asked for, in ms. */
      retryAfter?: number;
      /** No answer at all (offline, refused, timed out): nothing reached or came back. */
      network?: boolean;
    };

export interface AttemptOptions {
  fetch?: typeof fetch;
  /** Give up on an attempt after this many ms (and count it as a network error). */
  timeout?: number;
  /** Aborts the attempt, e.g. when the element goes away. */
  signal?: AbortSignal;
  now?: () => number;
  /** Reads the id out of a 2xx reply; the format's ticket reference when absent. */
  read?: (reply: unknown) => string | undefined;
}

/** One POST: a frozen ticket request, or one of its parts sent apart (a multipart body, an upload). */
export type DeliveryRequest = Pick<TicketRequest, 'url' | 'format' | 'headers'> & { body: BodyInit };

export interface RetryPolicy {
  /** Base of the exponential backoff, ms. */
  baseDelay: number;
  /** Cap of the backoff, ms. */
  maxDelay: number;
  /**
   * Floor of every wait between two attempts of one ticket, ms, whatever asked for less (a jitter
   * draw near 0, `Retry-After: 0`, a wake-up): a bug elsewhere can then cost one POST per
   * `minDelay`, never a tight loop.
   */
  minDelay: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseDelay: 1000, maxDelay: 60_000, minDelay: 1000 };

/** How long one attempt may take: `first` ms, doubling with every attempt, up to `max`. */
export interface TimeoutPolicy {
  first: number;
  max: number;
}

/**
 * 15 s, 30 s, 60 s, then 120 s for every later attempt. A slow endpoint that always needs 30 s
 * gets there on the second try instead of being aborted and re-POSTed forever. The ceiling: the
 * usual proxies in front of an endpoint give up by then anyway (nginx and AWS ALB after 60 s
 * idle by default, Cloudflare after 100 s), so waiting longer only delays the next try.
 */
export const defaultTimeouts: TimeoutPolicy = { first: 15_000, max: 120_000 };

export function attemptTimeout(attempt: number, policy: TimeoutPolicy = defaultTimeouts): number {
  return Math.min(policy.max, policy.first * 2 ** Math.min(Math.max(0, attempt), 20));
}

/** The smallest floor any policy gets, so that even `minDelay: 0` cannot make a 0 ms loop. */
const ABSOLUTE_MIN_DELAY = 10;

export function minimumDelay(policy: RetryPolicy = defaultRetryPolicy): number {
  return Math.max(ABSOLUTE_MIN_DELAY, policy.minDelay);
}

/** A server that asks for more than this is asked again sooner: the ticket should not idle for days. */
const MAX_RETRY_AFTER = 60 * 60_000;

export const isRetryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; undefined when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER);
}

/**
 * How long to wait before attempt `attempt + 1`: capped exponential backoff with full jitter
 * (AWS "Exponential backoff and jitter"), which spreads many clients' retries apart, drawn above
 * the policy's floor; a server's `Retry-After` is honoured as it is (but never below the floor).
 * Kept hand-written: retry libraries (p-retry, exponential-backoff, async-retry) run the loop
 * in memory, while this one is persisted per ticket and resumed by other tabs and later pages.
 */
export function retryDelay(
  attempt: number,
  retryAfter: number | undefined,
  policy: RetryPolicy = defaultRetryPolicy,
  random: () => number = Math.random,
): number {
  const floor = minimumDelay(policy);
  if (retryAfter !== undefined) return Math.max(floor, retryAfter);
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** Math.min(attempt, 30));
  return floor + Math.floor(random() * Math.max(0, ceiling - floor));
}

/**
 * POSTs a frozen ticket request (or a part of one) once. It never throws: every outcome, a refused connection
 * included, comes back as a result the outbox can act on.
 */
export async function attemptDelivery(request: DeliveryRequest, options: AttemptOptions = {}): Promise<AttemptResult> {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeout = options.timeout ?? defaultTimeouts.first;
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeout);
  try {
    const response = await send(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
    });
    if (response.ok) {
      const reply: unknown = await response.json().catch(() => undefined);
      const reference = options.read ? options.read(reply) : await referenceFrom(request.format, reply);
      return { ok: true, status: response.status, reference };
    }
    return {
      ok: false,
      retryable: isRetryableStatus(response.status),
      status: response.status,
      error: `HTTP ${response.status}`,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After'), options.now?.() ?? Date.now()),
    };
  } catch (error) {
    const message = controller.signal.aborted && !options.signal?.aborted ? 'timed out' : errorText(error);
    return { ok: false, retryable: true, error: message, network: true };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
