/**
 * Sends a ticket that has images (issue 16), in the shape its endpoint documents. Loaded only
 * for such a ticket; every attempt is still one outcome for the outbox, under the same
 * `Idempotency-Key`, and the frozen body goes as it was frozen.
 *
 * - `json` (the host's own endpoint): `multipart/form-data` with a text part `ticket` (the Ticket
 *   JSON, the body a ticket without images gets) and one part `attachments` per image, with its
 *   file name and type.
 * - `freshdesk`: `multipart/form-data` with the ticket's fields as form fields (arrays as
 *   `tags[]`) and `attachments[]` per image (Freshdesk API v2, "Create a ticket with attachments").
 * - `zendesk`: each image first goes to the Uploads API (`POST …/uploads.json?filename=…` beside
 *   the endpoint, the image as the body with its MIME type; the reply's `upload.token`), then the
 *   request goes with the tokens in `comment.uploads`. Tokens are kept with the images, so a
 *   retry uploads nothing twice. Zendesk's pages disagree on how long a token lasts (60 minutes
 *   in the English article and the API reference, 3 days in translations): tokens older than
 *   {@link ZENDESK_TOKEN_LIFETIME} are not trusted, and the images are uploaded again. An upload
 *   refused for good (a 4xx other than 408 and 429) does not hold the ticket back.
 *
 * The browser writes the multipart boundary itself: the frozen `Content-Type` is left out.
 */
import { field, idString, type TicketRequest } from './adapters/types.js';
import type { StoredAttachments, StoredFile, UploadTokens } from './attachments.js';
import { attemptDelivery, type AttemptOptions, type AttemptResult } from './deliver.js';

/** The safer of Zendesk's two figures, with a margin for the request that follows. */
export const ZENDESK_TOKEN_LIFETIME = 50 * 60_000;

export interface AttachmentDeliveryOptions extends AttemptOptions {
  /** Keeps Zendesk's tokens with the images as soon as each is obtained. */
  saveUploads(uploads: UploadTokens): Promise<void>;
}

export async function deliverWithAttachments(
  request: TicketRequest,
  stored: StoredAttachments | undefined,
  options: AttachmentDeliveryOptions,
): Promise<AttemptResult> {
  const files = stored?.files ?? [];
  // The images are gone (the person cleared site data): the ticket itself still goes.
  if (files.length === 0) return attemptDelivery(request, options);
  const headers = { ...request.headers };
  delete headers['Content-Type'];
  switch (request.format) {
    case 'zendesk':
      return deliverToZendesk(request, files, stored?.uploads, options);
    case 'freshdesk':
      return attemptDelivery({ ...request, headers, body: freshdeskForm(request.body, files) }, options);
    default: {
      const form = new FormData();
      form.append('ticket', request.body);
      for (const file of files) form.append('attachments', file.blob, file.name);
      return attemptDelivery({ ...request, headers, body: form }, options);
    }
  }
}

/** Freshdesk's ticket fields as form fields: numbers as text, each array item as `name[]`. */
function freshdeskForm(body: string, files: StoredFile[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(JSON.parse(body) as Record<string, unknown>)) {
    if (Array.isArray(value)) for (const item of value) form.append(`${name}[]`, String(item));
    else if (value !== undefined && value !== null) form.append(name, String(value));
  }
  for (const file of files) form.append('attachments[]', file.blob, file.name);
  return form;
}

async function deliverToZendesk(
  request: TicketRequest,
  files: StoredFile[],
  earlier: UploadTokens | undefined,
  options: AttachmentDeliveryOptions,
): Promise<AttemptResult> {
  const now = options.now?.() ?? Date.now();
  const usable = earlier && now - earlier.at < ZENDESK_TOKEN_LIFETIME ? earlier : { tokens: [], at: now };
  const tokens = [...usable.tokens];
  for (const file of files.slice(tokens.length)) {
    const url = new URL(`uploads.json?filename=${encodeURIComponent(file.name)}`, request.url).href;
    const upload = await attemptDelivery(
      { url, format: 'zendesk', headers: { 'Content-Type': file.type }, body: file.blob },
      { ...options, read: (reply) => idString(field(field(reply, 'upload'), 'token')) },
    );
    // Refused for good (end users may not attach, a file type not allowed): the request goes
    // with the images uploaded so far rather than not at all.
    if (!upload.ok) {
      if (upload.retryable) return upload;
      break;
    }
    if (!upload.reference)
      return { ok: false, retryable: true, status: upload.status, error: 'upload without a token' };
    tokens.push(upload.reference);
    await options.saveUploads({ tokens: [...tokens], at: usable.at });
  }
  const body = JSON.parse(request.body) as { request: { comment: Record<string, unknown> } };
  body.request.comment.uploads = tokens;
  return attemptDelivery({ ...request, body: JSON.stringify(body) }, options);
}
