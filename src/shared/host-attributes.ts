/**
 * What a host page may say about the failure, once: each property with its attribute. The
 * element's properties, `start()` and the conversation's config all derive from this list
 * (engine/host-facts.ts validates the values). Kept in the launcher: it is only names.
 */
export const hostAttributes = {
  amount: 'amount',
  currency: 'currency',
  occurredAt: 'occurred-at',
  errorCode: 'error-code',
  errorMessage: 'error-message',
  merchant: 'merchant',
  orderId: 'order-id',
  paymentMethod: 'payment-method',
  supportPhone: 'support-phone',
  contact: 'contact',
} as const;

export type HostFactName = keyof typeof hostAttributes;

/** Context a host may pass to `start()`: the same facts as the attributes, each a string. */
export type HostContext = Partial<Record<HostFactName, string>>;

export const hostFactNames = Object.keys(hostAttributes) as HostFactName[];
