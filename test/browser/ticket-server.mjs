/**
 * A real HTTP ticket endpoint on 127.0.0.1 for the browser tests, driven from a test with
 * `executeServerCommand` (@web/test-runner-commands):
 *
 * - `ticket-server:start` `{ port?, replies?, keepLog? }` -> `{ port, url }`: listens (on `port`
 *   again after a stop, to bring a refused endpoint back up). `replies` are answered in order,
 *   `{ status, headers?, body? }` each, or `{ hang: true }` for one never answered; after them
 *   every POST creates a ticket. Any method is answered (a GET of a status page too).
 * - `ticket-server:stop` `{ port }`: closes the listener and every open connection, so the next
 *   request is refused.
 * - `ticket-server:log` `{ port }` -> `{ posts, tickets, mismatches, uploads }`.
 *
 * A `multipart/form-data` body is parsed: the post's `parts` are its text parts (`{ name, text }`)
 * and files (`{ name, filename, type, size, sha256, base64 }`), and its `body` is those parts as
 * JSON, so two attempts with the same content compare equal whatever boundary each used. A POST to
 * `…/uploads.json?filename=…` is Zendesk's Uploads API: it is logged in `uploads`, answered
 * `201 { upload: { token } }`, and takes no scripted reply. A POST to `…/requests.json` (Zendesk's
 * Requests API) is answered `{ request: { id } }`; any other `{ id }`.
 *
 * It behaves as docs/reliability.md R3/R8 asks of an endpoint: a key it created a ticket for is
 * answered with that same ticket; the same key with another body is a 422 and counted. Every
 * server closes itself after a minute, and all of them when the test run ends.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

const LIFETIME = 60_000;
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  // Not a CORS-safelisted response header: without this the page cannot read it.
  'Access-Control-Expose-Headers': 'Retry-After',
};

const digest = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The parts of a multipart body, read by the platform's own parser (undici's FormData). */
async function partsOf(raw, type) {
  const form = await new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: raw,
  }).formData();
  const parts = [];
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      parts.push({ name, text: value });
    } else {
      const bytes = Buffer.from(await value.arrayBuffer());
      const file = { name, filename: value.name, type: value.type, size: bytes.length, sha256: digest(bytes) };
      parts.push({ ...file, base64: bytes.toString('base64') });
    }
  }
  return parts;
}

export function ticketServerPlugin() {
  /** port -> { server, replies, log } */
  const endpoints = new Map();

  function close(endpoint) {
    if (!endpoint?.server) return Promise.resolve();
    const { server } = endpoint;
    endpoint.server = undefined;
    clearTimeout(endpoint.timer);
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  function handle(endpoint, request, response) {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const type = request.headers['content-type'] ?? '';
      const { log } = endpoint;
      if (/\/uploads\.json\?/.test(request.url)) {
        const token = `upload-${log.uploads.length + 1}`;
        log.uploads.push({ path: request.url, type, size: raw.length, sha256: digest(raw), token });
        response.writeHead(201, { ...cors, 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ upload: { token } }));
        return;
      }
      const parts = type.startsWith('multipart/form-data') ? await partsOf(raw, type) : undefined;
      const body = parts ? JSON.stringify(parts.map(({ base64: _bytes, ...part }) => part)) : raw.toString('utf8');
      const key = request.headers['idempotency-key'] ?? '';
      log.posts.push({ key, body, path: request.url, type, parts, at: Date.now() });
      const scripted = endpoint.replies.shift();
      // `{ hang: true }`: never answers (the request stays open until the server stops).
      if (scripted?.hang) return;
      if (scripted) {
        response.writeHead(scripted.status, { ...cors, 'Content-Type': 'application/json', ...scripted.headers });
        response.end(JSON.stringify(scripted.body ?? { error: `scripted ${scripted.status}` }));
        return;
      }
      const known = log.tickets.get(key);
      if (known && known.body !== body) {
        log.mismatches += 1;
        response
          .writeHead(422, { ...cors, 'Content-Type': 'application/json' })
          .end('{"error":"key reused with another body"}');
        return;
      }
      const ticket = known ?? { id: `T-${1000 + log.tickets.size + 1}`, body };
      log.tickets.set(key, ticket);
      response.writeHead(known ? 200 : 201, { ...cors, 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify(request.url.includes('requests.json') ? { request: { id: ticket.id } } : { id: ticket.id }),
      );
    });
  }

  async function start({ port = 0, replies = [], keepLog = false } = {}) {
    const previous = endpoints.get(port);
    await close(previous);
    const endpoint = {
      replies: [...replies],
      log: keepLog && previous ? previous.log : { posts: [], tickets: new Map(), mismatches: 0, uploads: [] },
    };
    endpoint.server = createServer((request, response) => handle(endpoint, request, response));
    await new Promise((resolve, reject) => {
      endpoint.server.once('error', reject);
      endpoint.server.listen(port, '127.0.0.1', resolve);
    });
    const actual = endpoint.server.address().port;
    endpoint.timer = setTimeout(() => void close(endpoint), LIFETIME);
    endpoint.timer.unref();
    endpoints.set(actual, endpoint);
    return { port: actual, url: `http://127.0.0.1:${actual}/tickets` };
  }

  return {
    name: 'ticket-server',

    async executeCommand({ command, payload }) {
      switch (command) {
        case 'ticket-server:start':
          return start(payload);
        case 'ticket-server:stop':
          await close(endpoints.get(payload.port));
          return true;
        case 'ticket-server:log': {
          const log = endpoints.get(payload.port)?.log ?? { posts: [], tickets: new Map(), mismatches: 0, uploads: [] };
          return {
            posts: log.posts,
            tickets: [...log.tickets.values()].map(({ id }) => id),
            mismatches: log.mismatches,
            uploads: log.uploads,
          };
        }
        default:
          return undefined;
      }
    },

    async serverStop() {
      await Promise.all([...endpoints.values()].map(close));
      endpoints.clear();
    },
  };
}
