/**
 * Per-language texts in the production build (docs/decisions/0008): every `t()` and `md()` call
 * whose arguments are literal text (md() ones already compiled by transform.mjs) is replaced by
 * `textRef(module, n)`, and its words go to one chunk per scope and language: the engine's, and
 * each flow's. src/engine/text-loaders.ts becomes the table of those chunks, so a conversation in
 * English downloads the English words of the engine and of its one flow, and nothing else.
 *
 * The source keeps writing the three languages side by side (they are reviewed together); tests,
 * the demo server and the single-file CDN build do not use this plugin and keep every language
 * inline. test/unit/size-budget.test.ts checks that the split build still says every word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { importedTextHelpers } from './text-imports.mjs';
import { compileFlowTexts } from './transform.mjs';

const repository = resolve(import.meta.dirname, '..', '..');
const LOCALES = /** @type {const} */ (['zh-CN', 'en', 'zh-TW']);
const VIRTUAL = 'virtual:wallet-support-texts/';
const LOADERS_MODULE = resolve(repository, 'src/engine/text-loaders.ts');

/**
 * Engine modules whose words load with a chunk of their own rather than with every conversation
 * (engine/session.ts loads each scope with that chunk): why a typed answer was refused, with the
 * reading of answers; the triage's words, with the triage (a page that names no problem).
 */
const LATER_SCOPES = new Map([
  ['src/engine/reasons.ts', 'answers'],
  ['src/engine/triage.ts', 'triage'],
]);

/** The scope a module's texts load with: a flow's problem id, a later scope's name, or the engine. */
function scopeOf(/** @type {string} */ file) {
  const path = relative(repository, file).replaceAll('\\', '/');
  const flow = /^flows\/([a-z-]+)\.ts$/.exec(path);
  if (flow && flow[1] !== 'index') return flow[1];
  if (LATER_SCOPES.has(path)) return LATER_SCOPES.get(path);
  return /^src\/engine\/.+\.ts$/.test(path) && !/text(-loaders)?\.ts$/.test(path) ? 'engine' : undefined;
}

/** The files of a scope, read from disk so a chunk's words never depend on the order modules load in. */
function filesOf(/** @type {string} */ scope) {
  const later = [...LATER_SCOPES].filter(([, name]) => name === scope);
  if (later.length > 0) return later.map(([path]) => resolve(repository, path));
  if (scope !== 'engine') return [resolve(repository, 'flows', `${scope}.ts`)];
  const walk = (/** @type {string} */ dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );
  return walk(resolve(repository, 'src/engine')).filter((file) => scopeOf(file) === 'engine');
}

/**
 * The literal t()/md() calls of a module (after md() compilation), each with its words per
 * locale, and the source with each call replaced by a textRef().
 * @returns {{ code: string; texts: Record<string, unknown[]> } | null}
 */
export function splitTexts(/** @type {string} */ code, /** @type {string} */ file, compiledAlready = false) {
  // In the build the flow-markdown plugin has compiled md() already; read from disk, it has not.
  const compiled = compiledAlready ? code : (compileFlowTexts(code, file) ?? code);
  const source = ts.createSourceFile(file, compiled, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const helpers = importedTextHelpers(source);
  if (helpers.size === 0) return null;
  const key = relative(repository, file).replaceAll('\\', '/');
  /** @type {Record<string, unknown[]>} */
  const texts = Object.fromEntries(LOCALES.map((locale) => [locale, []]));
  /** @type {{ start: number; end: number; text: string }[]} */
  const replacements = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
      const words = node.arguments.map((argument) => literalValue(argument));
      if (words.length >= 2 && words.every((value) => value !== undefined)) {
        const index = texts.en.length;
        // zh-TW falls back to zh-CN (engine/text.ts `localize`): the fallback is made here, since
        // a zh-TW chunk holds no zh-CN words to fall back to.
        texts['zh-CN'].push(words[0]);
        texts.en.push(words[1]);
        texts['zh-TW'].push(words[2] ?? words[0]);
        const start = node.getStart(source);
        const lines = compiled.slice(start, node.getEnd()).split('\n').length - 1;
        replacements.push({
          start,
          end: node.getEnd(),
          text: `__text(${index})${'\n'.repeat(lines)}`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (replacements.length === 0) return null;
  let result = compiled;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  const textModule = relative(dirname(file), resolve(repository, 'src/engine/text.js')).replaceAll('\\', '/');
  const specifier = textModule.startsWith('.') ? textModule : `./${textModule}`;
  // One helper per module names the module once, rather than at every text.
  const helper = `import { textRef as __textRef } from ${JSON.stringify(specifier)};\nconst __text = (n) => __textRef(${JSON.stringify(key)}, n);\n`;
  return { code: `${helper}${result}`, texts };
}

/** A literal argument's value: a string (or strings joined with +), or a compiled md() tree. */
function literalValue(/** @type {ts.Expression} */ node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalValue(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalValue(node.left);
    const right = literalValue(node.right);
    return typeof left === 'string' && typeof right === 'string' ? left + right : undefined;
  }
  if (ts.isArrayLiteralExpression(node)) {
    try {
      return JSON.parse(node.getText());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The scopes with texts: the engine, the later ones and every flow. */
function scopes() {
  const flows = readdirSync(resolve(repository, 'flows'))
    .filter((name) => /^[a-z-]+\.ts$/.test(name) && name !== 'index.ts')
    .map((name) => name.slice(0, -3));
  return ['engine', ...new Set(LATER_SCOPES.values()), ...flows];
}

/** For the production library build (vite.config.ts), after the flow-markdown plugin. @returns {import('vite').Plugin} */
export function splitTextsByLanguage() {
  // Each file is split once per build, not once per language: reading and compiling it from disk
  // is most of the build's time.
  /** @type {Map<string, ReturnType<typeof splitTexts>>} */
  const splitFromDisk = new Map();
  const splitFile = (/** @type {string} */ file) => {
    const code = readFileSync(file, 'utf8');
    const key = `${file}\0${code}`;
    if (!splitFromDisk.has(key)) splitFromDisk.set(key, splitTexts(code, file));
    return splitFromDisk.get(key) ?? null;
  };
  return {
    name: 'flow-texts-by-language',
    // The demo server keeps every language inline: the flow lab shows them side by side.
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const [scope, locale] = id.slice(VIRTUAL.length + 1).split('/');
      const registrations = filesOf(scope).flatMap((file) => {
        const split = splitFile(file);
        if (!split) return [];
        const key = relative(repository, file).replaceAll('\\', '/');
        return [
          `registerTexts(${JSON.stringify(key)}, ${JSON.stringify(locale)}, ${JSON.stringify(split.texts[locale])});`,
        ];
      });
      return `import { registerTexts } from ${JSON.stringify(resolve(repository, 'src/engine/text.ts'))};\n${registrations.join('\n')}\n`;
    },
    transform(code, id) {
      if (id === LOADERS_MODULE) return { code: loadersModule(), map: null };
      if (id.includes('?') || !scopeOf(id)) return null;
      const split = splitTexts(code, id, true);
      return split === null ? null : { code: split.code, map: null };
    },
  };
}

/** text-loaders.ts in the split build: one import() per scope and language. */
function loadersModule() {
  const entries = scopes().map((scope) => {
    const byLocale = LOCALES.map(
      (locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${VIRTUAL}${scope}/${locale}`)})`,
    );
    return `  ${JSON.stringify(scope)}: { ${byLocale.join(', ')} },`;
  });
  return [
    'const loaders = {',
    ...entries,
    '};',
    'export async function loadTexts(scope, locale) {',
    '  await loaders[scope]?.[locale]?.();',
    '}',
    '',
  ].join('\n');
}
