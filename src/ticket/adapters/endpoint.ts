/**
 * Which `ticket-endpoint` values the widget POSTs tickets to. A ticket carries a transcript and a
 * contact: it goes over https, or in clear only where nothing new is exposed by it.
 *
 * - `https:` anywhere.
 * - `http:` to a loopback host (`localhost`, `127.0.0.1`, `[::1]`: development, and browsers treat
 *   them as secure contexts), or to the page's own origin when the page itself is `http:` (what
 *   the person typed already travels in clear there; refusing would only turn delivery off).
 *   Never `http:` from an `https:` page to another host: a downgrade, and mixed content.
 * - Relative URLs resolve against the page.
 * - Nothing else: `javascript:`, `data:`, `blob:`, `file:`, ... and URLs with a user name or
 *   password (`fetch` refuses them, and every script on the page could read them).
 */
export type EndpointCheck = { ok: true; url: string } | { ok: false; reason: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Undefined when no endpoint is set (the host handles the ticket event, which is no mistake). */
export function checkTicketEndpoint(value: string | null | undefined, pageUrl: string): EndpointCheck | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(raw, page);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials in the URL' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:') {
    if (LOOPBACK.has(url.hostname)) return { ok: true, url: url.href };
    if (page.protocol === 'http:' && url.origin === page.origin) return { ok: true, url: url.href };
    return { ok: false, reason: 'http: to another host' };
  }
  return { ok: false, reason: url.protocol };
}
