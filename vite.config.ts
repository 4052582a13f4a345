import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { flowMarkdown } from './scripts/flow-markdown/plugins.mjs';
import { splitTextsByLanguage } from './scripts/flow-markdown/split-by-language.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.js';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.js';
import { terserChunks } from './scripts/terser-chunks.js';

const here = import.meta.dirname;

/**
 * Chunks are named after what a host (and package.json `sideEffects`) needs to tell apart: the
 * chunk the launcher shares with the conversation (Lit's ReactiveElement) is `shared-*`, the rest
 * keep their module's name (`conversation-*`, `payment-failed-*`, `time-*`).
 */
function chunkFileName(chunk: { moduleIds: string[] }): string {
  const holdsLitBase = chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]/.test(id));
  if (holdsLitBase) return 'chunks/shared-[hash].js';
  // One language's words of one scope (docs/decisions/0008): texts-engine-en-*, texts-payment-failed-zh-CN-*.
  const texts = chunk.moduleIds.map((id) => /wallet-support-texts\/([a-z-]+)\/([a-zA-Z-]+)$/.exec(id)).find(Boolean);
  return texts ? `chunks/texts-${texts[1]}-${texts[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * What every conversation loads at once, as one chunk rather than the half-dozen a bundler would
 * cut it into (each chunk costs its own gzip dictionary and import glue: about 1.5 KB in all):
 * the engine, the understanding, tickets, the views, lit-html and XState. Never what the launcher loads
 * before anyone clicks (the element, its strings, events, problem and cause ids), nor what loads
 * later on its own: flows, per-language strings and texts, the time parser (chrono-node).
 */
const launcherModules =
  /[\\/]src[\\/](?:index\.ts|widget[\\/](?:wallet-support[^/\\]*|internal[\\/](?:when-idle|panel-frame))\.ts|i18n[\\/](?:launcher|locale)\.ts|shared[\\/]host-attributes\.ts)$/;
/**
 * Loaded with import() when needed, each a chunk of its own: per-language strings, the time
 * parser, the contrast check, a help desk's ticket adapter, the shortening of a ticket too large,
 * the screenshot tray with the preparation of an attached screenshot and the editor that covers
 * what must not travel, where a ticket's images wait and how they are sent, the ticket courier
 * with the outbox and delivery (a ticket filed or kept; decision 0021), the status page's
 * known incidents, a payment reported before, deleting the person's data; the reading of typed
 * answers with the full error classifier (a question that takes one, or a host's error its code
 * does not settle), the reading of the ticket form (its first edit) with the amount parser they
 * share, and the triage question (no problem given; decision 0021).
 */
const lazyModules =
  /[\\/]src[\\/](?:i18n[\\/](?:en|zh-CN|zh-TW)|diagnose[\\/](?:time|time-quick|relative-time|dont-know|classify|error-phrases|regional-phrases|phrase-index|amount|currency-markers|decimal|digit-groups|not-money|numerals)|engine[\\/](?:interpret|triage(?:-keywords)?|ticket-form-reading)|widget[\\/]internal[\\/](?:ticket-(?:handoff|status)|mailto|contrast|prepare-image|cover-editor(?:\.styles)?|screenshot-tray(?:\.styles)?|adopt-styles|known-incident|incident-card|earlier-case|delete-data)|ticket[\\/](?:attachments|attachment-delivery|outbox|deliver|text|adapters[\\/](?:index|json|zendesk|freshdesk|cap|json-shrink)))\.ts$/;
/**
 * Lit's ReactiveElement (the launcher's base class; docs/decisions/0011) and what both the
 * launcher and the conversation use: the `shared` chunk the launcher loads.
 */
const sharedModules =
  /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/]|[\\/]src[\\/](?:widget[\\/]events|shared[\\/]problems|diagnose[\\/]types)\.ts$/;
/** Rolldown's helpers (namespace objects), which the conversation and the time parser use. */
const bundlerRuntime = /^\0rolldown[\\/]runtime/;
const inConversation = (id: string) =>
  bundlerRuntime.test(id) ||
  (!launcherModules.test(id) &&
    !lazyModules.test(id) &&
    (/[\\/]node_modules[\\/](?:xstate|lit|lit-html|lit-element)[\\/]/.test(id) ||
      /[\\/]src[\\/](?:engine|diagnose|ticket|widget|i18n|shared)[\\/]/.test(id)));

/**
 * `npm run build`: the one file a host loads (dist/wallet-support.js, with lazy chunks beside
 * it); the DOM-free `./diagnose` export is built on its own (vite.diagnose.config.ts), so sharing
 * modules with it does not cut the conversation apart. `npm run demo`: serves demo/ (root given
 * on the CLI).
 */
export default defineConfig({
  server: { host: '127.0.0.1', fs: { allow: [here] } },
  preview: { host: '127.0.0.1' },
  // The demo server keeps every language inline (the flow lab shows them side by side); the build
  // moves each language's words into chunks of their own (docs/decisions/0008).
  plugins: [flowMarkdown(), splitTextsByLanguage(), minifyCssTemplates(), minifyHtmlTemplates(), terserChunks()],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: {
        'wallet-support': resolve(here, 'src/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        chunkFileNames: chunkFileName,
        // Rolldown's groups: the higher priority takes a module first, so ReactiveElement stays in `shared`
        // however the conversation's modules import it.
        codeSplitting: {
          groups: [
            // `$initial`: only what the entry imports statically.
            { name: 'shared', test: sharedModules, tags: ['$initial'], priority: 2 },
            { name: 'conversation', test: inConversation, priority: 1 },
          ],
        },
        // Vite keeps whitespace in ES library builds so downstream bundlers can read /*#__PURE__*/
        // annotations; but this file is also what a page loads as is, so every byte counts.
        minify: true,
      },
    },
  },
});
