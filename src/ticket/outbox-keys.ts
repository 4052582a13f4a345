/**
 * Where the outbox keeps its entries and receipts in storage (ticket/storage.ts adds the
 * namespace and schema). A module of its own so that the page can look for them without loading
 * the outbox (widget/internal/courier-loader.ts; docs/decisions/0021).
 */
export const ENTRY = 'outbox:';
export const RECEIPT = 'receipt:';
