/**
 * The package as others consume it: the `exports` map and its types, `sideEffects` (so a bundler
 * keeps what registers elements and drops an unused part of `./diagnose`), the single-file CDN
 * build, and the custom elements manifest that editors and framework tools read.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary, staticClosure, type Chunks } from '../../bench/bundle-sizes.mjs';

const repo = resolve(import.meta.dirname, '../..');

interface PackageJson {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  files: string[];
  customElements: string;
  scripts: Record<string, string>;
}

interface Manifest {
  modules: {
    path: string;
    declarations?: {
      tagName?: string;
      customElement?: boolean;
      attributes?: { name: string; fieldName?: string; description?: string }[];
      members?: { kind: string; name: string; privacy?: string }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
    exports?: { kind: string; name: string }[];
  }[];
}

let pkg: PackageJson;
let dir: string;
let library: Chunks;
let cdn: Chunks;
let manifest: Manifest;

beforeAll(async () => {
  pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as PackageJson;
  dir = await mkdtemp(join(tmpdir(), 'wallet-support-package-'));
  library = await buildLibrary(join(dir, 'lib'));
  // npm run build writes the DOM-free ./diagnose module beside it, from a build of its own.
  for (const [file, chunk] of await buildLibrary(join(dir, 'lib'), 'vite.diagnose.config.ts', { keep: true }))
    library.set(file, chunk);
  cdn = await buildLibrary(join(dir, 'cdn'), 'vite.cdn.config.ts');
  manifest = await analyzeElements();
  // Three production builds (library, ./diagnose, single file): about 15 s on an idle 2-core
  // machine, and several times that when every core is busy (npm run test:stress).
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the analyzer as `npm run build` does, without writing anything. */
async function analyzeElements(): Promise<Manifest> {
  const analyzer = '@custom-elements-manifest/analyzer/cli.js';
  const { cli } = (await import(analyzer)) as {
    cli: (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<Manifest>;
  };
  return cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    cwd: repo,
    noWrite: true,
  });
}

function exportTarget(subpath: string): { types: string; default: string } {
  const target = pkg.exports[subpath];
  if (typeof target !== 'object') throw new Error(`exports["${subpath}"] has no types`);
  return target;
}

/** package.json `sideEffects` globs: `*` within a folder, `**` across folders. */
function matchesSideEffects(file: string): boolean {
  return pkg.sideEffects.some((glob) => {
    const pattern = glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*');
    return new RegExp(`^${pattern}$`).test(file);
  });
}

/** Where tsc -p tsconfig.build.json writes the declarations of a source file. */
function declarationOf(source: string): string {
  const configPath = join(repo, 'tsconfig.build.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repo, undefined, configPath);
  const outputs = ts.getOutputFileNames(parsed, join(repo, source), false);
  const declaration = outputs.find((file) => file.endsWith('.d.ts'));
  return `./${declaration!.slice(repo.length + 1).replaceAll('\\', '/')}`;
}

function element(): NonNullable<Manifest['modules'][number]['declarations']>[number] {
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === 'wallet-support');
  if (!found) throw new Error('custom-elements.json does not describe <wallet-support>');
  return found;
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(repo, folder), { recursive: true });
  return entries.filter((file) => file.endsWith('.ts')).map((file) => join(repo, folder, file));
}

describe('package exports', () => {
  it('maps "." to the element bundle and "./diagnose" to the DOM-free module, each with its types', () => {
    expect(exportTarget('.')).toEqual({ types: declarationOf('src/index.ts'), default: './dist/wallet-support.js' });
    expect(exportTarget('./diagnose')).toEqual({
      types: declarationOf('src/diagnose/index.ts'),
      default: './dist/diagnose.js',
    });
    expect(library.has('wallet-support.js')).toBe(true);
    expect(library.has('diagnose.js')).toBe(true);
  });

  it('builds a ./diagnose module that runs without a DOM', async () => {
    const diagnose = (await import(pathToFileURL(join(dir, 'lib', 'diagnose.js')).href)) as {
      parseAmount: (text: string, locale: string) => unknown;
    };
    expect(diagnose.parseAmount('¥1,299.50', 'zh-CN')).toEqual({ ok: true, value: '1299.50', currency: 'CNY' });
  });

  it('builds everything it exports with npm run build', () => {
    const build = pkg.scripts.build;
    expect(build).toContain('vite build');
    expect(build).toContain('vite.cdn.config.ts');
    expect(build).toContain('vite.diagnose.config.ts');
    expect(build).toContain('tsconfig.build.json');
    expect(build).toContain('cem analyze');
  });
});

describe('sideEffects', () => {
  it('lets a bundler drop what an importer of ./diagnose does not use', () => {
    const diagnoseFiles = staticClosure(library, 'diagnose.js').map((file) => `dist/${file}`);
    expect(diagnoseFiles.filter(matchesSideEffects)).toEqual([]);
  });

  it('keeps the per-language texts, which only register words when imported', () => {
    const texts = [...library.values()].filter(
      (chunk) => chunk.code.includes('registerTexts') || /texts-/.test(chunk.fileName),
    );
    expect(texts.length).toBeGreaterThan(3);
    expect(
      texts
        .filter((chunk) => /^chunks\/texts-/.test(chunk.fileName))
        .map((chunk) => `dist/${chunk.fileName}`)
        .filter((file) => !matchesSideEffects(file)),
    ).toEqual([]);
  });

  it('keeps every built file that registers an element or loads Lit', () => {
    const registering = [...library.values(), ...cdn.values()]
      .filter(
        (chunk) =>
          chunk.code.includes('customElements.define') || chunk.moduleIds.some((id) => id.includes('/lit-element/')),
      )
      .map((chunk) => `dist/${chunk.fileName}`);
    expect(registering.length).toBeGreaterThan(1);
    expect(registering.filter((file) => !matchesSideEffects(file))).toEqual([]);
  });
});

describe('the single-file CDN build', () => {
  it('is one file that imports nothing and registers the element', () => {
    expect([...cdn.keys()]).toEqual(['wallet-support.cdn.js']);
    const file = cdn.get('wallet-support.cdn.js')!;
    expect(file.imports).toEqual([]);
    // The lazy parts are inlined behind functions that run on first use, not import()ed.
    expect(file.code).not.toMatch(/\bimport\s*\(/);
    expect(file.code).toMatch(/customElements\.define\(\s*[`'"]wallet-support[`'"]/);
    expect(file.moduleIds.some((id) => id.endsWith('/src/widget/conversation.ts'))).toBe(true);
  });
});

describe('custom-elements.json', () => {
  it('is named by package.json and published with it', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });

  it('lists every attribute of the public contract, and no private state', () => {
    const attributes = element().attributes!.map((attribute) => attribute.name);
    expect(attributes).toEqual(
      expect.arrayContaining([
        'lang',
        'problem',
        'amount',
        'currency',
        'occurred-at',
        'error-code',
        'error-message',
        'merchant',
        'order-id',
        'ticket-endpoint',
        'open',
      ]),
    );
    expect(element().attributes!.every((attribute) => attribute.description)).toBe(true);
    expect(element().members!.filter((member) => member.privacy === 'private')).toEqual([]);
    expect(element().members!.map((member) => member.name)).toEqual(
      expect.arrayContaining(['occurredAt', 'open', 'show', 'hide', 'start', 'reset']),
    );
  });

  it('lists every event in the event map', async () => {
    const eventMap = await readFile(join(repo, 'src/widget/events.ts'), 'utf8');
    const events = [...eventMap.matchAll(/^\s*'(wallet-support-[a-z-]+)':/gm)].map((match) => match[1]);
    expect(events.length).toBeGreaterThanOrEqual(7);
    expect(
      element()
        .events!.map((event) => event.name)
        .sort(),
    ).toEqual(expect.arrayContaining(events));
  });

  it('lists every part and custom property the widget renders', async () => {
    const sources = await Promise.all((await sourceFiles('src/widget')).map((file) => readFile(file, 'utf8')));
    const parts = new Set(
      sources.flatMap((source) => [...source.matchAll(/\bpart="([a-z-]+)"/g)].map((match) => match[1])),
    );
    const properties = new Set(
      sources.flatMap((source) => [...source.matchAll(/var\((--wallet-support-[a-z-]+)/g)].map((match) => match[1])),
    );
    expect(parts.size).toBeGreaterThan(3);
    expect(element().cssParts!.map((part) => part.name)).toEqual(expect.arrayContaining([...parts]));
    expect(element().cssProperties!.map((property) => property.name)).toEqual(expect.arrayContaining([...properties]));
  });

  it('is up to date with the source (npm run build writes it)', async () => {
    const committed = JSON.parse(await readFile(join(repo, 'custom-elements.json'), 'utf8')) as Manifest;
    expect(committed, 'custom-elements.json is stale: run npm run build').toEqual(manifest);
  });
});
