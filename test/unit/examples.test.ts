/**
 * The README's React 19 and Vue 3 examples (examples/) build, type-check and put the host's
 * failure on <wallet-support> as attributes and listeners, the way an app would use them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, type FunctionComponent, type ReactElement } from 'react';
import ts from 'typescript';
import { build, type InlineConfig, type Rollup } from 'vite';
import { createSSRApp, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const failure = {
  amount: '1299.50',
  currency: 'CNY',
  occurredAt: '2026-11-27T10:02:00+08:00',
  errorCode: '51',
  errorMessage: '余额不足',
  orderId: 'A-20261127-0042',
};
const expectedAttributes = [
  'lang="zh-CN"',
  'problem="payment-failed"',
  'amount="1299.50"',
  'currency="CNY"',
  'occurred-at="2026-11-27T10:02:00+08:00"',
  'error-code="51"',
  'error-message="余额不足"',
  'order-id="A-20261127-0042"',
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wallet-support-examples-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Each test is a production build of an example app, the widget's source included: a few seconds
 * on an idle 2-core machine, several times that when every core is busy (npm run test:stress).
 */
const EXAMPLE_BUILD_TIMEOUT = 180_000;

/** Builds an example with its own vite.config.ts, as a production build (Vitest runs with NODE_ENV=test). */
async function buildExample(name: string, overrides: InlineConfig['build'] = {}): Promise<Rollup.OutputChunk[]> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({
      configFile: join(repo, 'examples', name, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir: join(dir, name), emptyOutDir: true, minify: false, write: false, ...overrides },
    });
    const outputs = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap(
      (output) => output.output,
    );
    return outputs.filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Imported at run time: the example is TSX, which the repository's own tsconfig does not compile
 * (the example has its own), and react-dom ships no types without @types/react-dom.
 */
async function importUntyped<T>(specifier: string): Promise<T> {
  return (await import(specifier)) as T;
}

function registersTheElement(chunks: Rollup.OutputChunk[]): boolean {
  return chunks.some((chunk) => /customElements\.define\(\s*["'`]wallet-support["'`]/.test(chunk.code));
}

/** The flows' markdown arrived compiled (scripts/flow-markdown/), not as raw "**" for the user to see. */
function hasCompiledFlowText(chunks: Rollup.OutputChunk[]): boolean {
  return chunks.some((chunk) => /\[\s*[`"']ol[`"'],/.test(chunk.code));
}

describe('the React 19 example', { timeout: EXAMPLE_BUILD_TIMEOUT }, () => {
  it('builds into an app that registers the element and renders it', async () => {
    const chunks = await buildExample('react');
    expect(registersTheElement(chunks)).toBe(true);
    expect(hasCompiledFlowText(chunks)).toBe(true);
    const app = chunks.find((chunk) => chunk.isEntry)!;
    expect(app.code).toMatch(/jsx\w*\)?\(\s*["']wallet-support["']/);
  });

  it('renders <wallet-support> with the failed payment as attributes', async () => {
    const { CheckoutFailed } = await importUntyped<{
      CheckoutFailed: FunctionComponent<{ failure: typeof failure; onTicket: () => void }>;
    }>(join(repo, 'examples/react/checkout-failed.tsx'));
    const { renderToStaticMarkup } = await importUntyped<{ renderToStaticMarkup: (element: ReactElement) => string }>(
      'react-dom/server',
    );
    const html = renderToStaticMarkup(createElement(CheckoutFailed, { failure, onTicket: () => {} }));
    const element = html.match(/<wallet-support[^>]*>/)?.[0] ?? '';
    for (const attribute of expectedAttributes) expect(element).toContain(attribute);
  });

  it('type-checks against the package types, events included', () => {
    const configPath = join(repo, 'examples/react/tsconfig.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, join(repo, 'examples/react'), undefined, configPath);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    // Only the example's own files: the widget's source is checked by npm run typecheck.
    const problems = parsed.fileNames
      .flatMap((file) => {
        const source = program.getSourceFile(file)!;
        return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      })
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(parsed.fileNames.some((file) => file.endsWith('checkout-failed.tsx'))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the Vue 3 example', { timeout: EXAMPLE_BUILD_TIMEOUT }, () => {
  it('builds with <wallet-support> compiled as a custom element, not a Vue component', async () => {
    const chunks = await buildExample('vue');
    expect(registersTheElement(chunks)).toBe(true);
    expect(hasCompiledFlowText(chunks)).toBe(true);
    const app = chunks.find((chunk) => chunk.isEntry)!;
    expect(app.code).not.toMatch(/resolveComponent\(\s*["']wallet-support["']/);
    expect(app.code).toMatch(/create(?:Base)?(?:ElementBlock|ElementVNode|VNode)\(\s*["']wallet-support["']/);
  });

  it('renders <wallet-support> with the failed payment as attributes', async () => {
    const outDir = join(dir, 'vue-ssr');
    await buildExample('vue', {
      ssr: join(repo, 'examples/vue/CheckoutFailed.vue'),
      outDir,
      write: true,
      rollupOptions: { output: { entryFileNames: 'checkout-failed.mjs' } },
    });
    const module = (await import(pathToFileURL(join(outDir, 'checkout-failed.mjs')).href)) as { default: Component };
    const html = await renderToString(createSSRApp(module.default, failure));
    const element = html.match(/<wallet-support[^>]*>/)?.[0] ?? '';
    for (const attribute of expectedAttributes) expect(element).toContain(attribute);
  });
});
