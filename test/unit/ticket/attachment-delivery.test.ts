import { describe, expect, it } from 'vitest';
import { loadAdapter, requestFor, type TicketFormat } from '../../../src/ticket/adapters/index.js';
import { deliverWithAttachments, ZENDESK_TOKEN_LIFETIME } from '../../../src/ticket/attachment-delivery.js';
import type { StoredAttachments, UploadTokens } from '../../../src/ticket/attachments.js';
import { makeTicket } from './fakes.js';

/** What a fake endpoint was sent: each call's URL, headers and body. */
interface Call {
  url: string;
  headers: Record<string, string>;
  body: BodyInit;
}

/** A fetch that records every call and answers each with `reply(call)`. */
function endpoint(reply: (call: Call, index: number) => Response) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const call = { url, headers: init.headers as Record<string, string>, body: init.body! };
    calls.push(call);
    return reply(call, calls.length - 1);
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

const image = (name: string, bytes: string) => {
  const blob = new Blob([bytes], { type: 'image/webp' });
  return { name, type: blob.type, size: blob.size, blob };
};

const stored = (uploads?: UploadTokens): StoredAttachments => ({
  files: [image('screenshot-1.webp', 'one'), image('screenshot-2.webp', 'second')],
  savedAt: 0,
  uploads,
});

async function requestIn(format: TicketFormat, url: string) {
  await loadAdapter(format);
  const files = stored().files;
  const ticket = makeTicket({ attachments: files.map(({ name, type, size }) => ({ name, type, size })) });
  return requestFor(ticket, url, format);
}

const created = (body: unknown) => Response.json(body, { status: 201 });
const noUploads = async () => {
  throw new Error('no Zendesk tokens expected');
};

describe('a ticket with images, sent to its endpoint', () => {
  it('counts its images in the frozen request', async () => {
    expect((await requestIn('json', 'https://support.example/tickets')).attachments).toBe(2);
    expect(requestFor(makeTicket(), 'https://support.example/tickets').attachments).toBeUndefined();
  });

  it('json: multipart with the frozen Ticket JSON as `ticket` and one `attachments` part per image, under its key', async () => {
    const request = await requestIn('json', 'https://support.example/tickets');
    const { calls, fetch } = endpoint(() => created({ id: 'T-7' }));
    const result = await deliverWithAttachments(request, stored(), { fetch, saveUploads: noUploads });
    expect(result).toMatchObject({ ok: true, reference: 'T-7' });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.headers).toEqual({ 'Idempotency-Key': request.headers['Idempotency-Key'] });
    const form = call!.body as FormData;
    expect(form.get('ticket')).toBe(request.body);
    const parts = form.getAll('attachments') as File[];
    expect(parts.map((file) => [file.name, file.type, file.size])).toEqual([
      ['screenshot-1.webp', 'image/webp', 3],
      ['screenshot-2.webp', 'image/webp', 6],
    ]);
    expect(await parts[1]!.text()).toBe('second');
  });

  it('freshdesk: the ticket fields as form fields, arrays as name[], and attachments[]', async () => {
    const request = await requestIn('freshdesk', 'https://acme.freshdesk.com/api/v2/tickets');
    const fields = JSON.parse(request.body) as Record<string, unknown>;
    const { calls, fetch } = endpoint(() => created({ id: 42 }));
    const result = await deliverWithAttachments(request, stored(), { fetch, saveUploads: noUploads });
    expect(result).toMatchObject({ ok: true, reference: '42' });
    const form = calls[0]!.body as FormData;
    expect(form.get('subject')).toBe(fields.subject);
    expect(form.get('description')).toBe(fields.description);
    expect(form.get('status')).toBe('2');
    expect(form.getAll('tags[]')).toEqual(fields.tags);
    expect((form.getAll('attachments[]') as File[]).map((file) => file.name)).toEqual([
      'screenshot-1.webp',
      'screenshot-2.webp',
    ]);
    expect(calls[0]!.headers['Content-Type']).toBeUndefined();
  });

  describe('zendesk', () => {
    const url = 'https://acme.zendesk.com/api/v2/requests.json';
    /** Uploads answer a token each; the request answers `request` (a status to fail it with, or created). */
    const zendesk = (request: (index: number) => Response = () => created({ request: { id: 9 } })) => {
      let uploads = 0;
      let requests = 0;
      return endpoint((call) =>
        call.url.includes('/uploads.json') ? created({ upload: { token: `tok-${++uploads}` } }) : request(requests++),
      );
    };

    it('uploads each image beside the endpoint, then sends the request with the tokens in comment.uploads', async () => {
      const request = await requestIn('zendesk', url);
      const saved: UploadTokens[] = [];
      const { calls, fetch } = zendesk();
      const result = await deliverWithAttachments(request, stored(), {
        fetch,
        now: () => 1_000,
        saveUploads: async (uploads) => void saved.push(uploads),
      });
      expect(result).toMatchObject({ ok: true, reference: '9' });
      expect(calls.map((call) => call.url)).toEqual([
        'https://acme.zendesk.com/api/v2/uploads.json?filename=screenshot-1.webp',
        'https://acme.zendesk.com/api/v2/uploads.json?filename=screenshot-2.webp',
        url,
      ]);
      expect(calls[0]!.headers).toEqual({ 'Content-Type': 'image/webp' });
      expect(calls[0]!.body).toBeInstanceOf(Blob);
      expect(JSON.parse(calls[2]!.body as string).request.comment.uploads).toEqual(['tok-1', 'tok-2']);
      expect(calls[2]!.headers['Idempotency-Key']).toBe(request.headers['Idempotency-Key']);
      // Each token is kept as soon as it is given.
      expect(saved).toEqual([
        { tokens: ['tok-1'], at: 1_000 },
        { tokens: ['tok-1', 'tok-2'], at: 1_000 },
      ]);
    });

    it('a retry uses the tokens it kept, and uploads only the images still without one', async () => {
      const request = await requestIn('zendesk', url);
      const { calls, fetch } = zendesk();
      const result = await deliverWithAttachments(request, stored({ tokens: ['tok-kept'], at: 0 }), {
        fetch,
        now: () => ZENDESK_TOKEN_LIFETIME - 1,
        saveUploads: async () => undefined,
      });
      expect(result.ok).toBe(true);
      expect(calls.map((call) => call.url)).toEqual([
        'https://acme.zendesk.com/api/v2/uploads.json?filename=screenshot-2.webp',
        url,
      ]);
      expect(JSON.parse(calls[1]!.body as string).request.comment.uploads).toEqual(['tok-kept', 'tok-1']);
    });

    it('uploads again when the kept tokens may have expired (Zendesk keeps an unused upload 60 minutes)', async () => {
      const request = await requestIn('zendesk', url);
      const { calls, fetch } = zendesk();
      await deliverWithAttachments(request, stored({ tokens: ['old-1', 'old-2'], at: 0 }), {
        fetch,
        now: () => ZENDESK_TOKEN_LIFETIME,
        saveUploads: async () => undefined,
      });
      expect(calls.filter((call) => call.url.includes('/uploads.json'))).toHaveLength(2);
      expect(JSON.parse(calls[2]!.body as string).request.comment.uploads).toEqual(['tok-1', 'tok-2']);
    });

    it('sends the request without the images Zendesk refuses for good (end users may not attach)', async () => {
      const request = await requestIn('zendesk', url);
      const { calls, fetch } = endpoint((call) =>
        call.url.includes('/uploads.json') ? new Response('', { status: 403 }) : created({ request: { id: 3 } }),
      );
      const result = await deliverWithAttachments(request, stored(), { fetch, saveUploads: async () => undefined });
      expect(result).toMatchObject({ ok: true, reference: '3' });
      expect(calls.map((call) => call.url)).toEqual([
        'https://acme.zendesk.com/api/v2/uploads.json?filename=screenshot-1.webp',
        url,
      ]);
      expect(JSON.parse(calls[1]!.body as string).request.comment.uploads).toEqual([]);
    });

    it('stops at an upload that may work later (503) with its outcome, before the request', async () => {
      const request = await requestIn('zendesk', url);
      const { calls, fetch } = endpoint(() => new Response('', { status: 503 }));
      const result = await deliverWithAttachments(request, stored(), { fetch, saveUploads: async () => undefined });
      expect(result).toMatchObject({ ok: false, retryable: true, status: 503 });
      expect(calls).toHaveLength(1);
    });
  });

  it('sends the ticket alone when its images are gone (site data cleared)', async () => {
    const request = await requestIn('json', 'https://support.example/tickets');
    const { calls, fetch } = endpoint(() => created({ id: 'T-8' }));
    const result = await deliverWithAttachments(request, undefined, { fetch, saveUploads: noUploads });
    expect(result.ok).toBe(true);
    expect(calls[0]!.body).toBe(request.body);
    expect(calls[0]!.headers['Content-Type']).toBe('application/json');
  });
});
