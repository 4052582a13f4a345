/**
 * The production build, measured as a page pays for it (gzip -9): a checkout page that never
 * opens the widget downloads only the launcher; a full conversation stays within its budget; the
 * heavy parts load only when needed. Builds into a temporary folder (about a second).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary, staticClosure, loadingSteps, type Chunks, type LoadingSteps } from '../../bench/bundle-sizes.mjs';

const KB = 1024;
/** The entry and everything it imports statically: what a page loads before anyone clicks. */
const LAUNCHER_BUDGET = 10 * KB;
/**
 * Issue 8 asks for 80 KB for a whole conversation. The libraries the product is built on already
 * weigh 64 KB of that (min+gzip: Lit 6.0, XState 12.7, marked 15.3, DOMPurify 12.5, chrono-node
 * 17.8), so 80 KB is not reachable without dropping one of them; see the closing note.
 * Until that is decided these guards hold today's figures so no change makes them worse.
 */
/** Entry, conversation, the largest flow through to the ticket, and the free-text time parser. */
const CONVERSATION_BUDGET = 120 * KB;
/** The same conversation answered with quick chips, the picker or a host-given time (no chrono-node). */
const CONVERSATION_WITHOUT_TIME_PARSER_BUDGET = 100 * KB;

/** Never in the launcher's static graph: the engine, the views, the flows and their libraries. */
const conversationOnly = [
  /\/node_modules\/(xstate|marked|dompurify|chrono-node)\//,
  /\/flows\//,
  /\/src\/engine\/(?!problems\.ts$)/,
  /\/src\/diagnose\/(?!types\.ts$)/,
  /\/src\/widget\/(conversation|ticket-form)/,
];
const chrono = /\/node_modules\/chrono-node\//;

let outDir: string;
let chunks: Chunks;
let steps: LoadingSteps;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'wallet-support-size-'));
  chunks = await buildLibrary(outDir);
  steps = loadingSteps(chunks);
  const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
  console.info(
    `launcher: ${kb(steps.launcher.gzip)} of ${kb(LAUNCHER_BUDGET)} (${steps.launcher.files.join(', ')}); ` +
      `full conversation: ${kb(steps.conversation.gzip)} of ${kb(CONVERSATION_BUDGET)} (${steps.conversation.files.join(', ')}); ` +
      `without the time parser: ${kb(steps.conversationWithoutTimeParser.gzip)} of ${kb(CONVERSATION_WITHOUT_TIME_PARSER_BUDGET)}`,
  );
}, 60_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function modulesIn(files: string[]): string[] {
  return files.flatMap((file) => chunks.get(file)!.moduleIds);
}

describe('what a host page downloads', () => {
  it('keeps the entry and its static imports within 10 KB gzip', () => {
    expect(steps.launcher.files).toContain('wallet-support.js');
    expect(steps.launcher.gzip).toBeLessThanOrEqual(LAUNCHER_BUDGET);
  });

  it('keeps one full conversation (entry, conversation, the largest flow, the time parser) within its guard', () => {
    expect(steps.conversation.files).toEqual(
      expect.arrayContaining([steps.conversationChunk, steps.conversation.flow, steps.timeChunk]),
    );
    expect(steps.conversation.gzip).toBeLessThanOrEqual(CONVERSATION_BUDGET);
  });

  it('spares a conversation without a typed time the time parser, and keeps it within its guard', () => {
    expect(steps.conversationWithoutTimeParser.files).not.toContain(steps.timeChunk);
    expect(steps.conversation.gzip - steps.conversationWithoutTimeParser.gzip).toBeGreaterThan(10 * KB);
    expect(steps.conversationWithoutTimeParser.gzip).toBeLessThanOrEqual(CONVERSATION_WITHOUT_TIME_PARSER_BUDGET);
  });

  it('imports no engine, view, flow or their libraries statically from the entry', () => {
    const offending = modulesIn(steps.launcher.files).filter((id) => conversationOnly.some((pattern) => pattern.test(id)));
    expect(offending).toEqual([]);
  });

  it('loads the conversation with import() from the entry, element definition included', () => {
    expect(steps.conversationChunk).toBeDefined();
    // A wrong `sideEffects` in package.json lets the bundler drop the module's define() call.
    expect(chunks.get(steps.conversationChunk!)!.code).toContain('wallet-support-conversation');
    expect(chunks.get('wallet-support.js')!.dynamicImports).toContain(steps.conversationChunk);
    expect(steps.launcher.files).not.toContain(steps.conversationChunk);
  });
});

describe('what loads later, and only when needed', () => {
  it('keeps each flow in a chunk of its own, loaded by the conversation with import()', () => {
    expect(steps.flows.length).toBeGreaterThan(0);
    for (const flow of steps.flows) {
      const flowFiles = chunks.get(flow)!.moduleIds.filter((id) => /\/flows\/(?!index\.ts)[^/]+\.ts$/.test(id));
      expect(flowFiles, flow).toHaveLength(1);
      expect(chunks.get(steps.conversationChunk!)!.dynamicImports).toContain(flow);
    }
  });

  it('loads the conversation strings of one language only, each language a chunk of its own', () => {
    const locales = ['src/i18n/en.ts', 'src/i18n/zh-CN.ts', 'src/i18n/zh-TW.ts'].map((source) =>
      [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith(source)))!,
    );
    expect(new Set(locales.map((chunk) => chunk.fileName)).size).toBe(3);
    const loadedUpFront = new Set(['wallet-support.js', steps.conversationChunk!].flatMap((file) => staticClosure(chunks, file)));
    for (const chunk of locales) expect(loadedUpFront.has(chunk.fileName), chunk.fileName).toBe(false);
  });

  it('keeps chrono-node in the time parser chunk, which the widget reaches only through import()', () => {
    const withChrono = [...chunks.values()].filter((chunk) => chunk.moduleIds.some((id) => chrono.test(id)));
    expect(withChrono.map((chunk) => chunk.fileName)).toEqual([steps.timeChunk]);
    const loadedBeforeATimeIsTyped = new Set(
      ['wallet-support.js', steps.conversationChunk!, ...steps.flows].flatMap((file) => staticClosure(chunks, file)),
    );
    expect(loadedBeforeATimeIsTyped.has(steps.timeChunk!)).toBe(false);
    expect(chunks.get(steps.conversationChunk!)!.dynamicImports).toContain(steps.timeChunk);
  });
});
