/** The problem types, one flow file each under `flows/` (docs/contract.md "Problem types and causes"). */
export const problemIds = [
  'payment-failed',
  'card-binding-failed',
  'activation-failed',
  'top-up-failed',
  'bank-wallet-payment-failed',
  'funds-missing',
  // Anything the others do not cover: the person describes it and it goes to a ticket.
  'other',
] as const;

export type ProblemId = (typeof problemIds)[number];

export function isProblemId(value: unknown): value is ProblemId {
  return typeof value === 'string' && (problemIds as readonly string[]).includes(value);
}
