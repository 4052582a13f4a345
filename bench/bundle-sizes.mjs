/**
 * Builds the library as `npm run build` does (vite.config.ts, production) into a given folder and
 * says what a page downloads at each step: the entry and its static imports before the launcher
 * shows, then one full conversation. Shared by the size-budget test and `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const repo = resolve(import.meta.dirname, '..');

/** Gzip at level 9, as the budgets are stated. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Builds into `outDir` and returns every emitted chunk with its gzip size on disk. `keep`: add to
 * what is there (the ./diagnose build goes beside the main one, as `npm run build` does).
 */
export async function buildLibrary(outDir, configFile = 'vite.config.ts', { keep = false } = {}) {
  // Vitest sets NODE_ENV=test, which would make Vite resolve development builds (Lit's dev mode).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result;
  try {
    result = await build({
      root: repo,
      configFile: join(repo, configFile),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: !keep },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const chunks = new Map();
  for (const chunk of outputs) {
    if (chunk.type !== 'chunk') continue;
    const bytes = await readFile(join(outDir, chunk.fileName));
    chunks.set(chunk.fileName, {
      fileName: chunk.fileName,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      moduleIds: chunk.moduleIds.map((id) => id.replaceAll('\\', '/')),
      code: chunk.code,
      gzip: gzipSize(bytes),
    });
  }
  return chunks;
}

/** A file and everything it imports statically: what loads with it, before any `import()`. */
export function staticClosure(chunks, fileName) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  visit(fileName);
  return [...seen];
}

/** The chunk that holds a source module (path relative to the repository, e.g. "src/diagnose/time.ts"). */
export function chunkHolding(chunks, sourcePath) {
  for (const chunk of chunks.values()) {
    if (chunk.moduleIds.some((id) => id.endsWith(`/${sourcePath}`))) return chunk.fileName;
  }
  return undefined;
}

/** The chunk with one scope's words in one language ('engine', 'answers', 'triage' or a problem id), when the build split them. */
export function textsChunk(chunks, scope, locale) {
  for (const chunk of chunks.values()) {
    if (chunk.moduleIds.some((id) => id.endsWith(`wallet-support-texts/${scope}/${locale}`))) return chunk.fileName;
  }
  return undefined;
}

/**
 * Issue 17's budgeted path: an English checkout page passes a decline (error code 51, the amount,
 * the time); the person says the advice did not help and asks for support, until the ticket form
 * is shown. `loadsLater`: the modules that path loads with import() beyond its flow and language
 * (none: what it does not need stays out until needed, docs/decisions/0021). `npm run bench`
 * checks in Chromium that the path fetches no file outside this list (bench/scenarios.mjs).
 */
export const checkoutDecline = { problem: 'payment-failed', locale: 'en', loadsLater: [] };

/** The files a conversation about `problem` in `locale` downloads, from the entry to `loadsLater`. */
export function pathFiles(chunks, { problem, locale, loadsLater = [] } = checkoutDecline, entry = 'wallet-support.js') {
  const roots = [
    entry,
    chunkHolding(chunks, 'src/widget/conversation.ts'),
    chunkHolding(chunks, `src/i18n/${locale}.ts`),
    textsChunk(chunks, 'engine', locale),
    chunkHolding(chunks, `flows/${problem}.ts`),
    textsChunk(chunks, problem, locale),
    ...loadsLater.map((module) => chunkHolding(chunks, module)),
  ];
  if (roots.includes(undefined)) throw new Error(`A chunk of the ${locale} ${problem} path was not built`);
  const files = [...new Set(roots.flatMap((file) => staticClosure(chunks, file)))];
  return { files, gzip: totalGzip(chunks, files) };
}

function totalGzip(chunks, files) {
  return [...files].reduce((sum, file) => sum + chunks.get(file).gzip, 0);
}

/**
 * What a page loads: `launcher` (the entry and its static imports) and `conversation` (that, plus
 * the conversation chunk, the triage and the reading of typed answers, the largest flow and the
 * time parser, each with its static imports);
 * `conversationWithoutTimeParser` is the same conversation when no free-text time is typed.
 */
export function loadingSteps(chunks, entry = 'wallet-support.js') {
  const launcherFiles = staticClosure(chunks, entry);
  const conversationChunk = chunkHolding(chunks, 'src/widget/conversation.ts');
  const timeChunk = chunkHolding(chunks, 'src/diagnose/time.ts');
  const flows = [...chunks.values()]
    .filter((chunk) => chunk.moduleIds.some((id) => /\/flows\/(?!index\.ts)[^/]+\.ts$/.test(id)))
    .map((chunk) => chunk.fileName);
  const flowName = (flow) =>
    /\/flows\/([a-z-]+)\.ts$/.exec(
      chunks.get(flow).moduleIds.find((id) => /\/flows\/(?!index\.ts)[^/]+\.ts$/.test(id)),
    )?.[1];
  // A conversation loads one language: its UI strings, the engine's words (with those of the triage
  // and of the replies to typed answers, which load later) and its flow's words (docs/decisions/0008).
  // Count the language that costs most.
  const languageChunks = (flow) =>
    ['en', 'zh-CN', 'zh-TW']
      .map((locale) =>
        [
          chunkHolding(chunks, `src/i18n/${locale}.ts`),
          textsChunk(chunks, 'engine', locale),
          textsChunk(chunks, 'answers', locale),
          textsChunk(chunks, 'triage', locale),
          flow && textsChunk(chunks, flowName(flow), locale),
        ].filter(Boolean),
      )
      .sort((a, b) => totalGzip(chunks, b) - totalGzip(chunks, a))[0];
  // What a full conversation loads with import() beyond its flow and language (docs/decisions/0021):
  // the reading of typed answers, the triage question when the host names no problem, and the
  // reading of the ticket form with the ticket courier once the person edits it.
  const later = [
    'src/engine/interpret.ts',
    'src/engine/triage.ts',
    'src/engine/ticket-form-reading.ts',
    'src/widget/internal/ticket-handoff.ts',
  ].map((module) => chunkHolding(chunks, module));
  const conversationWith = (flow, parsers = [timeChunk]) =>
    new Set(
      [conversationChunk, ...later, ...languageChunks(flow), flow, ...parsers, entry]
        .filter(Boolean)
        .flatMap((file) => staticClosure(chunks, file)),
    );
  const largestFlow = flows
    .map((flow) => ({ flow, bytes: totalGzip(chunks, conversationWith(flow)) }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  const conversationFiles = [...conversationWith(largestFlow?.flow)];
  // Quick chips, the date-time picker and host-given times never load chrono-node.
  const untypedFiles = [...conversationWith(largestFlow?.flow, [])];
  return {
    launcher: { files: launcherFiles, gzip: totalGzip(chunks, launcherFiles) },
    checkoutDecline: pathFiles(chunks, checkoutDecline, entry),
    conversation: { files: conversationFiles, gzip: totalGzip(chunks, conversationFiles), flow: largestFlow?.flow },
    conversationWithoutTimeParser: { files: untypedFiles, gzip: totalGzip(chunks, untypedFiles) },
    conversationChunk,
    timeChunk,
    flows,
  };
}
