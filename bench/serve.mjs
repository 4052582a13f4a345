/**
 * A tiny static server on 127.0.0.1 for the benchmark: test pages from an in-memory map, every
 * other path a file under `root` (the production builds). No caching headers: each run uses a fresh
 * browser context, so every run downloads the widget as a first visit does.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

/** Starts serving; resolves to `{ origin, close() }`. */
export async function serve({ root, pages }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    try {
      if (pages.has(path)) return send(response, 200, types['.html'], pages.get(path));
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) return send(response, 403, 'text/plain', 'forbidden');
      send(response, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(response, 404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
