import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/index.js';
import { checkTicketEndpoint } from '../../ticket/adapters/endpoint.js';

/**
 * The host's privacy notice (issue 18), linked before the first question: https (or http on
 * localhost and the page's own http origin), as endpoints are; nothing for anything else.
 */
export function renderPrivacyNotice(url: string | undefined, text: Translation['privacy']) {
  const checked = checkTicketEndpoint(url, location.href);
  return checked?.ok
    ? html`<p class="privacy-notice">
        <a href=${checked.url} target="_blank" rel="noopener noreferrer">${text.notice}</a>
      </p>`
    : nothing;
}
