import type { Ticket } from '../../src/index.js';

/**
 * What a host page does with `wallet-support-ticket` when it delivers tickets itself: take the
 * ticket over, send it to its own back end, then acknowledge it with the reference that back end
 * gave. Without the acknowledgement the widget keeps the ticket and offers it again after every
 * reload, so a page that copied this one would file each ticket many times.
 *
 * These demo pages have no back end: the "delivery" is the reference made up here, and nothing
 * leaves the page. Returns that reference, for the page's own notice.
 */
export function deliverTicket(
  widget: HTMLElementTagNameMap['wallet-support'],
  event: CustomEvent<{ ticket: Ticket }>,
  referencePrefix: string,
): string {
  event.preventDefault();
  const { ticket } = event.detail;
  const reference = `${referencePrefix}-${ticket.id.slice(0, 8).toUpperCase()}`;
  void widget.acknowledgeTicket(ticket.id, reference);
  return reference;
}
