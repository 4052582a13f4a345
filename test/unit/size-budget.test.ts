/**
 * The production build, measured as a page pays for it (gzip -9): a checkout page that never
 * opens the widget downloads only the launcher; a full conversation stays within its budget; the
 * heavy parts load only when needed. Builds into a temporary folder (about a second).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { AnyStateMachine } from 'xstate';
import {
  buildLibrary,
  chunkHolding,
  staticClosure,
  loadingSteps,
  textsChunk,
  type Chunks,
  type LoadingSteps,
} from '../../bench/bundle-sizes.mjs';
import { loadFlow } from '../../flows/index.js';
import { problemIds } from '../../src/shared/problems.js';
import { textsOf } from '../flows/texts.js';

const KB = 1024;
/** The entry and everything it imports statically: what a page loads before anyone clicks. */
const LAUNCHER_BUDGET = 10 * KB;
/** Issue 14: half a kilobyte of the budget kept free, so a change to the launcher has room. */
const LAUNCHER_ROOM = 0.5 * KB;
/**
 * Issue 8: everything one full conversation loads (the entry, the conversation with XState and
 * the views, one language's strings, the largest flow through to the ticket), answered with the
 * quick chips, the date-time picker or a host-given time. 80 KB until issue 15's confirmation,
 * rating, theming and phone layout (docs/decisions/0013); 81 KB until issue 16's screenshots
 * (docs/decisions/0014); 82 KB until issue 18's earlier cases and "Delete my data" (0015); 83 KB
 * until issue 17: conversation ids and what moved each step in the events (+0.36 KB, 0016); the
 * reading of typed answers (with the error phrases), of the ticket form (with the amount parser) and
 * the triage moved into chunks of their own, which this worst case still loads: 2.2 KB of import
 * glue and gzip dictionaries, for 16 KB off a checkout decline (0021); 86 KB until the ticket
 * courier (outbox, delivery, statuses, "Copy ticket") became a chunk of its own too (+0.4 KB, for
 * 4.7 KB off a checkout decline); 86.5 KB until the words of the triage and of the replies to
 * typed answers loaded with them (+0.6 KB in the worst case, which loads both; 0.5 KB off the
 * checkout decline, which brought it under 60 KB).
 */
const CONVERSATION_BUDGET = 87 * KB;
/**
 * The same conversation when the user types a free-text time ("昨天下午3点"): chrono-node's
 * parsers load then, and only then (18 KB). The budgeted conversation plus the parser, so
 * neither can grow unnoticed; it is not the budget (see docs/decisions/0005).
 */
const TIME_PARSER = 18.5 * KB;
const TYPED_TIME_GUARD = CONVERSATION_BUDGET + TIME_PARSER;
/**
 * Issue 17: an English conversation from a checkout decline (code 51) to the ticket form, every
 * file it downloads (bench/bundle-sizes.mjs `checkoutDecline`; `npm run bench` checks Chromium
 * fetches nothing else), within 60 KB: 80.7 KB before, 59.95 KB once the reading of answers, the
 * ticket form's reading, the triage, the ticket courier and the words of replies to typed answers
 * load only when needed (docs/decisions/0021).
 */
const CHECKOUT_PATH_BUDGET = 60 * KB;

/** Never in the launcher's static graph: the engine, the views, the flows and their libraries. */
const conversationOnly = [
  /\/node_modules\/(xstate|chrono-node)\//,
  /\/flows\//,
  /\/src\/engine\//,
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
    `launcher: ${kb(steps.launcher.gzip)} of ${kb(LAUNCHER_BUDGET - LAUNCHER_ROOM)} (${steps.launcher.files.join(', ')}); ` +
      `full conversation: ${kb(steps.conversationWithoutTimeParser.gzip)} of ${kb(CONVERSATION_BUDGET)}; ` +
      `with a typed time: ${kb(steps.conversation.gzip)} of ${kb(TYPED_TIME_GUARD)} (${steps.conversation.files.join(', ')}); ` +
      `en checkout decline to the ticket form: ${kb(steps.checkoutDecline.gzip)} of ${kb(CHECKOUT_PATH_BUDGET)} (${steps.checkoutDecline.files.join(', ')})`,
  );
  // A production build: about 8 s on an idle 2-core machine; over 60 s was seen while the rest of
  // the suite and one busy process per core ran beside it (npm run test:stress).
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function modulesIn(files: string[]): string[] {
  return files.flatMap((file) => chunks.get(file)!.moduleIds);
}

describe('what a host page downloads', () => {
  it('keeps the entry and its static imports within 10 KB gzip, with half a kilobyte to spare', () => {
    expect(steps.launcher.files).toContain('wallet-support.js');
    expect(steps.launcher.gzip).toBeLessThanOrEqual(LAUNCHER_BUDGET - LAUNCHER_ROOM);
  });

  it('ships no template library with the launcher: lit-html loads with the conversation (docs/decisions/0011)', () => {
    const launcherModules = modulesIn(steps.launcher.files);
    expect(launcherModules.some((id) => /\/node_modules\/@lit\/reactive-element\//.test(id))).toBe(true);
    expect(launcherModules.filter((id) => /\/node_modules\/(lit|lit-html|lit-element)\//.test(id))).toEqual([]);
    expect(modulesIn([steps.conversationChunk!]).some((id) => id.includes('/node_modules/lit-html/'))).toBe(true);
  });

  it('keeps one full conversation (entry, conversation, triage, reading of answers, strings, the largest flow to the ticket) within 87 KB gzip', () => {
    expect(steps.conversationWithoutTimeParser.files).toEqual(
      expect.arrayContaining(['wallet-support.js', steps.conversationChunk, steps.conversation.flow]),
    );
    expect(steps.conversationWithoutTimeParser.files).not.toContain(steps.timeChunk);
    expect(steps.conversationWithoutTimeParser.gzip).toBeLessThanOrEqual(CONVERSATION_BUDGET);
  });

  it('keeps an English checkout decline to the ticket form within 60 KB gzip, every file it loads counted', () => {
    const path = steps.checkoutDecline;
    const flowChunk = chunkHolding(chunks, 'flows/payment-failed.ts');
    expect(path.files).toEqual(
      expect.arrayContaining([
        'wallet-support.js',
        steps.conversationChunk,
        flowChunk,
        chunkHolding(chunks, 'src/i18n/en.ts'),
        textsChunk(chunks, 'engine', 'en'),
        textsChunk(chunks, 'payment-failed', 'en'),
      ]),
    );
    // One language and one flow: none of the others' files.
    const others = [
      ...steps.flows.filter((flow) => flow !== flowChunk),
      ...['zh-CN', 'zh-TW'].flatMap((locale) => [
        chunkHolding(chunks, `src/i18n/${locale}.ts`),
        textsChunk(chunks, 'engine', locale),
        textsChunk(chunks, 'payment-failed', locale),
      ]),
    ];
    expect(path.files.filter((file) => others.includes(file))).toEqual([]);
    // The ticket courier loads with the form's first edit or Submit, after the form is shown.
    const courier = ['src/widget/internal/ticket-handoff.ts', 'src/ticket/outbox.ts', 'src/ticket/deliver.ts'];
    expect(modulesIn(path.files).filter((id) => courier.some((module) => id.endsWith(`/${module}`)))).toEqual([]);
    expect(path.gzip).toBeLessThanOrEqual(CHECKOUT_PATH_BUDGET);
  });

  it('loads screenshots (tray, cover editor, image code, their storage and delivery) only when used, never with a conversation', () => {
    const lazy = [
      'src/widget/internal/screenshot-tray.ts',
      'src/widget/internal/cover-editor.ts',
      'src/widget/internal/prepare-image.ts',
      'src/ticket/attachments.ts',
      'src/ticket/attachment-delivery.ts',
    ].map((module) => chunkHolding(chunks, module));
    expect(lazy.every(Boolean), 'each is built').toBe(true);
    expect(steps.conversationWithoutTimeParser.files.filter((file) => lazy.includes(file))).toEqual([]);
    expect(modulesIn(steps.conversation.files).filter((id) => id.includes('/node_modules/idb-keyval/'))).toEqual([]);
    // The tray with its editor and image code comes as one chunk; keeping and sending images apart from it.
    expect(new Set(lazy.slice(0, 3)).size).toBe(1);
    expect(lazy[3]).not.toBe(lazy[0]);
  });

  it('loads the reading of typed answers (error phrases included), of the ticket form, the amount parser and the triage only when needed, never on a path of choices', () => {
    const lazy = [
      'src/engine/interpret.ts',
      'src/engine/triage.ts',
      'src/engine/ticket-form-reading.ts',
      'src/diagnose/amount.ts',
    ].map((module) => chunkHolding(chunks, module)!);
    expect(lazy.every(Boolean), 'each is built').toBe(true);
    expect(new Set([...lazy, steps.conversationChunk]).size, 'each a chunk of its own').toBe(5);
    for (const file of lazy.slice(0, 3)) expect(chunks.get(steps.conversationChunk!)!.dynamicImports).toContain(file);
    // The amount parser, which the reading of answers and of the ticket form share.
    expect(chunks.get(lazy[0]!)!.imports).toContain(lazy[3]);
    expect(chunks.get(lazy[2]!)!.imports).toContain(lazy[3]);
    expect(steps.checkoutDecline.files.filter((file) => lazy.includes(file))).toEqual([]);
    // A host's code is read without the phrase lists; a message needs them, and they come with the reading of answers.
    expect(modulesIn([steps.conversationChunk!]).some((id) => id.endsWith('/src/diagnose/classify-code.ts'))).toBe(
      true,
    );
    expect(
      modulesIn([lazy[0]!]).filter((id) => /\/src\/diagnose\/(classify|error-phrases)\.ts$/.test(id)),
    ).toHaveLength(2);
    // The ticket form names the problem without the triage: its labels stay with the conversation.
    expect(modulesIn([steps.conversationChunk!]).some((id) => id.endsWith('/src/engine/problem-labels.ts'))).toBe(true);
  });

  it("loads the card of a payment reported before, and deleting the person's data, only when needed", () => {
    const lazy = ['src/widget/internal/earlier-case.ts', 'src/widget/internal/delete-data.ts'].map((module) =>
      chunkHolding(chunks, module),
    );
    expect(lazy.every(Boolean), 'each is built').toBe(true);
    expect(steps.conversationWithoutTimeParser.files.filter((file) => lazy.includes(file))).toEqual([]);
    expect(modulesIn(steps.launcher.files).filter((id) => /earlier-case|delete-data|outbox/.test(id))).toEqual([]);
  });

  it('adds the time parser only for a typed free-text time, and keeps that within its guard', () => {
    expect(steps.conversation.files).toEqual(
      expect.arrayContaining([...steps.conversationWithoutTimeParser.files, steps.timeChunk]),
    );
    expect(steps.conversation.gzip - steps.conversationWithoutTimeParser.gzip).toBeGreaterThan(10 * KB);
    expect(steps.conversation.gzip - steps.conversationWithoutTimeParser.gzip).toBeLessThanOrEqual(TIME_PARSER);
    expect(steps.conversation.gzip).toBeLessThanOrEqual(TYPED_TIME_GUARD);
  });

  it('ships no HTML parser or sanitizer to the page: flow markdown was compiled by the build', () => {
    const everything = modulesIn([...chunks.keys()]);
    expect(everything.filter((id) => /\/node_modules\/(marked|dompurify)\//.test(id))).toEqual([]);
    // The flows' words carry compiled trees (an ordered list of steps), not markdown source.
    const words = problemIds.map((problem) => chunks.get(textsChunk(chunks, problem, 'en')!)!.code).join('\n');
    expect(words).toMatch(/\[[`"']ol[`"'],\[[`"']li[`"'],/);
    expect([...steps.flows.map((flow) => chunks.get(flow)!.code), words].join('\n')).not.toContain('**');
  });

  it('imports no engine, view, flow or their libraries statically from the entry', () => {
    const offending = modulesIn(steps.launcher.files).filter((id) =>
      conversationOnly.some((pattern) => pattern.test(id)),
    );
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

describe("each language's words in chunks of their own (docs/decisions/0008)", () => {
  const code = (scope: string, locale: string) => chunks.get(textsChunk(chunks, scope, locale)!)!.code;

  it('keeps the words out of the flows: each flow and the engine have one chunk per language', () => {
    for (const scope of ['engine', 'answers', 'triage', ...problemIds]) {
      expect(
        ['zh-CN', 'en', 'zh-TW'].map((locale) => textsChunk(chunks, scope, locale)),
        scope,
      ).not.toContain(undefined);
    }
    const flowCode = steps.flows.map((flow) => chunks.get(flow)!.code).join('\n');
    expect(flowCode).not.toMatch(/\p{Script=Han}/u);
    expect(flowCode).not.toContain('Check your orders first');
  });

  it('puts only its own language in each chunk', () => {
    expect(code('payment-failed', 'en')).toContain('Check your orders first');
    expect(code('payment-failed', 'en')).not.toContain('先查订单');
    expect(code('payment-failed', 'zh-CN')).toContain('先查订单');
    expect(code('payment-failed', 'zh-CN')).not.toContain('Check your orders first');
    expect(code('payment-failed', 'zh-TW')).toContain('先查訂單');
    expect(code('engine', 'en')).toContain('Contact support');
    expect(code('engine', 'zh-TW')).not.toContain('Contact support');
    // The replies to typed answers load with the reading of answers, not with every conversation.
    expect(code('answers', 'en')).toContain('I could not read that as an amount');
    expect(code('engine', 'en')).not.toContain('I could not read that as an amount');
    expect(code('triage', 'zh-CN')).not.toContain('I could not read that as an amount');
  });

  it('still says every word of every flow, in every language, once its chunks are loaded', async () => {
    // The built chunks expect a browser: jsdom's globals stand in while they are imported.
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const browserNames = Object.getOwnPropertyNames(window).filter((name) => /^[A-Z]/.test(name));
    const stubbed = ['window', 'document', 'customElements', 'navigator', 'location', ...browserNames].filter(
      (name) => !(name in globalThis),
    );
    for (const name of stubbed) Object.assign(globalThis, { [name]: window[name as keyof typeof window] });
    try {
      const load = (file: string) => import(pathToFileURL(join(outDir, file)).href) as Promise<Record<string, unknown>>;
      for (const locale of ['zh-CN', 'en', 'zh-TW']) await load(textsChunk(chunks, 'engine', locale)!);
      for (const problem of problemIds) {
        const flowFile = steps.flows.find((flow) =>
          chunks.get(flow)!.moduleIds.some((id) => id.endsWith(`/flows/${problem}.ts`)),
        )!;
        const built = Object.values(await load(flowFile)).find(
          (value) => (value as AnyStateMachine)?.config?.id === problem,
        ) as AnyStateMachine;
        for (const locale of ['zh-CN', 'en', 'zh-TW']) await load(textsChunk(chunks, problem, locale)!);
        expect(textsOf(built), problem).toEqual(textsOf(await loadFlow(problem)));
      }
    } finally {
      for (const name of stubbed) Reflect.deleteProperty(globalThis, name);
    }
    // Heavy: evaluates the whole built conversation and every flow twice (built, and from source
    // through Vite's transform); about 3 s on an idle 2-core machine, over 5 s when it is busy.
  }, 30_000);
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
    const loadedUpFront = new Set(
      ['wallet-support.js', steps.conversationChunk!].flatMap((file) => staticClosure(chunks, file)),
    );
    for (const chunk of locales) expect(loadedUpFront.has(chunk.fileName), chunk.fileName).toBe(false);
  });

  it('keeps chrono-node in the time parser chunk, which the reading of answers reaches only through import()', () => {
    const withChrono = [...chunks.values()].filter((chunk) => chunk.moduleIds.some((id) => chrono.test(id)));
    expect(withChrono.map((chunk) => chunk.fileName)).toEqual([steps.timeChunk]);
    const loadedBeforeATimeIsTyped = new Set(
      ['wallet-support.js', steps.conversationChunk!, ...steps.flows].flatMap((file) => staticClosure(chunks, file)),
    );
    expect(loadedBeforeATimeIsTyped.has(steps.timeChunk!)).toBe(false);
    // Through the reading of typed answers, itself loaded with import() (docs/decisions/0021).
    expect(chunks.get(chunkHolding(chunks, 'src/engine/interpret.ts')!)!.dynamicImports).toContain(steps.timeChunk);
  });
});
