/**
 * Every string the conversation and the ticket form show. The launcher's few strings live in
 * launcher.ts (always loaded); flow texts live with their flows.
 */
export interface Translation {
  send: string;
  typing: string;
  restart: string;
  /** Goes back to the previous question. */
  back: string;
  /** Label of the native date-time picker offered with time questions. */
  pickTime: string;
  useTime: string;
  /** The link to the host's privacy notice, and "Delete my data" (issue 18; what follows it loads with it). */
  privacy: { notice: string; delete: string };
  /** Offered with the question that asks for the error message (issue 16). */
  orAttachScreenshot: string;
  /** The one-tap rating that closes a conversation (`wallet-support-rated`). */
  rating: { question: string; helpful: string; notHelpful: string; thanks: string };
  ticket: {
    form: string;
    amount: string;
    time: string;
    errorMessage: string;
    errorCode: string;
    merchant: string;
    orderId: string;
    description: string;
    descriptionHint: string;
    contact: string;
    contactHint: string;
    attachScreenshot: string;
    /** The preview's line: how many screenshots go with the ticket. */
    screenshots: string;
    submit: string;
    stepsTried: string;
    transcript: string;
    preview: string;
    /** Labels of the preview's read-only lines: what is sent besides the fields. */
    problem: string;
    cause: string;
    card: string;
    page: string;
    browser: string;
    fromBot: string;
    fromUser: string;
    invalidAmount: string;
    invalidTime: string;
    invalidContact: string;
    /** The contact looks like a card number: never kept; a phone number should start with +. */
    contactLooksLikeCard: string;
    sending: string;
    /** Saved in the outbox after no answer at all: it goes when the connection is back. */
    queuedOffline: string;
    /** Saved in the outbox after the service asked to wait (429, 5xx): retried by itself. */
    queuedRetry: string;
    /** Only this page's memory holds the ticket (storage full or refused, or persist="none"): a reload loses it. */
    notSaved: string;
    /** The confirmation card of a ticket this conversation filed, once it reached support. */
    confirmed: string;
    reference: (reference: string) => string;
    /** Where and (with `reply-within`) when the answer comes: "within 1 day". */
    replyTo: (contact: string, within?: string) => string;
    /** A ticket filed on an earlier page, delivered now: said once. */
    sentEarlier: (reference?: string) => string;
    handedToHost: string;
    failed: (error: string) => string;
    copy: string;
    copied: string;
    email: string;
    /** Hides a failure notice (and forgets the refused ticket). */
    dismiss: string;
  };
}
