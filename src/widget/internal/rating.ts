import { html } from 'lit';
import type { Translation } from '../../i18n/index.js';

export type Rating = 'helpful' | 'not-helpful';

/**
 * The one-tap rating that closes a conversation, fixed or ended in a ticket: two buttons, then
 * a thank-you in their place (the element sends `wallet-support-rated`).
 */
export function renderRating(rated: Rating | undefined, t: Translation['rating'], rate: (rating: Rating) => void) {
  if (rated) return html`<p class="rating" role="status">${t.thanks}</p>`;
  return html`<div class="rating choices" role="group" aria-labelledby="rating-question">
    <p id="rating-question">${t.question}</p>
    <button type="button" @click=${() => rate('helpful')}>${t.helpful}</button>
    <button type="button" @click=${() => rate('not-helpful')}>${t.notHelpful}</button>
  </div>`;
}
