/**
 * Known incidents (issue 18): when the provider's status page (Statuspage's `summary.json`) has
 * an unresolved incident or a maintenance in progress on a component that touches the person's
 * problem, the conversation says so before anything else (internal/incident-card.ts). Loaded as a
 * chunk of its own, only on a page that sets `status-endpoint`. The status is fetched once a minute at most, and a slow (over
 * 1.5 s) or failing endpoint, or an answer that is not a summary, means no card: it never delays
 * or breaks the conversation.
 */
import { checkTicketEndpoint } from '../../ticket/adapters/endpoint.js';

export interface KnownIncident {
  id: string;
  name: string;
  /** The latest update: what it said and when it was posted (ISO 8601). */
  update?: { body: string; at: string };
  /** The incident's page, else the status page. */
  url?: string;
  maintenance: boolean;
}

const CACHE_MS = 60_000;
const TIMEOUT_MS = 1_500;
const cache = new Map<string, { at: number; summary: Promise<unknown> }>();

/** `status-components`: `{"Payments": ["payment-failed"]}`; anything else is no mapping. */
export function componentsFor(problem: string, mapping: string | undefined): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(mapping ?? '');
  } catch {
    return new Set();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return new Set();
  return new Set(
    Object.entries(parsed)
      .filter(([, problems]) => Array.isArray(problems) && problems.includes(problem))
      .map(([component]) => component),
  );
}

/** Only a web page is linked: a status page that answers `javascript:` links nowhere. */
function webUrl(value: string | undefined): string | undefined {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((item) => item && typeof item === 'object') : [];

/**
 * The first open incident, else the first maintenance in progress, on one of `components` (by
 * name), in a Statuspage summary. Undefined for anything that is not one.
 */
export function incidentIn(summary: unknown, components: Set<string>): KnownIncident | undefined {
  if (!summary || typeof summary !== 'object') return undefined;
  const { incidents, scheduled_maintenances: maintenances, page } = summary as Record<string, unknown>;
  const pageUrl = text((page as Record<string, unknown> | undefined)?.url);
  const touches = (entry: Record<string, unknown>) =>
    list(entry.components).some((c) => components.has(text(c.name) ?? ''));
  const open = list(incidents).find(
    (entry) => !['resolved', 'postmortem'].includes(String(entry.status)) && touches(entry),
  );
  const inProgress = list(maintenances).find(
    (entry) => ['in_progress', 'verifying'].includes(String(entry.status)) && touches(entry),
  );
  const found = open ?? inProgress;
  const id = text(found?.id);
  const name = text(found?.name);
  if (!found || !id || !name) return undefined;
  const latest = list(found.incident_updates)
    .map((update) => ({ body: text(update.body), at: text(update.display_at) ?? text(update.created_at) }))
    .filter((update): update is { body: string; at: string } => Boolean(update.body && update.at))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  return { id, name, update: latest, url: webUrl(text(found.shortlink)) ?? webUrl(pageUrl), maintenance: !open };
}

function summaryOf(url: string, now: number): Promise<unknown> {
  const cached = cache.get(url);
  if (cached && now - cached.at < CACHE_MS) return cached.summary;
  const summary = fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit' })
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);
  cache.set(url, { at: now, summary });
  return summary;
}

/** The incident touching `problem`, from the page's status endpoint; undefined when there is none or it cannot say. */
export async function knownIncident(
  endpoint: string | undefined,
  mapping: string | undefined,
  problem: string,
  now = Date.now(),
): Promise<KnownIncident | undefined> {
  const checked = checkTicketEndpoint(endpoint, location.href);
  const components = componentsFor(problem, mapping);
  if (!checked?.ok || components.size === 0) return undefined;
  return incidentIn(await summaryOf(checked.url, now), components);
}
