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
 * - `ticket-server:log` `{ port }` -> `{ posts, tickets, mismatches }`.
 *
 * It behaves as docs/reliability.md R3/R8 asks of an endpoint: a key it created a ticket for is
 * answered with that same ticket; the same key with another body is a 422 and counted. Every
 * server closes itself after a minute, and all of them when the test run ends.
 */
import { createServer } from 'node:http';

const LIFETIME = 60_000;
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  // Not a CORS-safelisted response header: without this the page cannot read it.
  'Access-Control-Expose-Headers': 'Retry-After',
};

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
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const key = request.headers['idempotency-key'] ?? '';
      const { log } = endpoint;
      log.posts.push({ key, body, path: request.url, at: Date.now() });
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
      response.end(JSON.stringify({ id: ticket.id }));
    });
  }

  async function start({ port = 0, replies = [], keepLog = false } = {}) {
    const previous = endpoints.get(port);
    await close(previous);
    const endpoint = {
      replies: [...replies],
      log: keepLog && previous ? previous.log : { posts: [], tickets: new Map(), mismatches: 0 },
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
          const log = endpoints.get(payload.port)?.log ?? { posts: [], tickets: new Map(), mismatches: 0 };
          return {
            posts: log.posts,
            tickets: [...log.tickets.values()].map(({ id }) => id),
            mismatches: log.mismatches,
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
