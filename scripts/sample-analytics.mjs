/**
 * `npm run sample:analytics`: writes demo/lab/sample-analytics.jsonl, a simulated analytics export
 * the flow lab can load ("Load the sample") to show how the flows do (demo/lab/sample-simulation.ts
 * says how it is simulated). The flows are TypeScript compiled by the project's Vite plugins (flow
 * markdown, texts), so the simulation runs through Vite's SSR loader with vite.config.ts.
 *
 *   node scripts/sample-analytics.mjs [--conversations 480] [--seed 17] [--out demo/lab/sample-analytics.jsonl]
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '480' },
    seed: { type: 'string', default: '17' },
    out: { type: 'string', default: 'demo/lab/sample-analytics.jsonl' },
  },
});

const server = await createServer({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'warn',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { sampleExport } = await server.ssrLoadModule('/demo/lab/sample-simulation.ts');
  const lines = await sampleExport({
    conversations: Number(values.conversations),
    seed: Number(values.seed),
    // A fixed end, so the same seed writes the same file whatever the day.
    end: new Date('2026-12-01T00:00:00Z'),
    days: 56,
  });
  const out = resolve(root, values.out);
  await writeFile(out, `${lines.join('\n')}\n`);
  console.info(`${lines.length} events of ${values.conversations} conversations written to ${values.out}`);
} finally {
  await server.close();
}
