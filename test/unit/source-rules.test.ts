/**
 * Rules of the architecture that a reviewer would otherwise have to remember (docs/architecture.md,
 * docs/reliability.md S1-S3): read from the source files themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sources(folder: string): { path: string; code: string }[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({
      path: relative(root, join(root, folder, name)),
      code: readFileSync(join(root, folder, name), 'utf8'),
    }));
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
/** Code only: comments and the contents of string literals ("ID document" is not the DOM). */
const codeOnly = (code: string) =>
  withoutComments(code).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

describe('the source keeps to the architecture', () => {
  it('never uses unsafeHTML or parses HTML: flow markdown arrives compiled and is rendered as Lit templates', () => {
    const offending = sources('src')
      .filter(({ code }) =>
        /unsafeHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|DOMParser|createContextualFragment/.test(
          withoutComments(code),
        ),
      )
      .map(({ path }) => path);
    expect(offending).toEqual([]);
  });

  it('leaves marked and DOMPurify to the build: no module the page loads imports them', () => {
    const offending = [...sources('src'), ...sources('flows')]
      .filter(({ code }) => /from '(?:marked|dompurify)'|import\('(?:marked|dompurify)'\)/.test(code))
      .map(({ path }) => path);
    expect(offending).toEqual([]);
  });

  it('keeps flows and the engine free of the DOM and of Lit', () => {
    const offending = [...sources('flows'), ...sources('src/engine'), ...sources('src/diagnose')]
      .filter(
        ({ code }) => /\b(document|window|customElements|HTMLElement)\b/.test(codeOnly(code)) || /from 'lit/.test(code),
      )
      .map(({ path }) => path);
    expect(offending).toEqual([]);
  });

  it('keeps flows free of invoke and after, which the path tests cannot walk', () => {
    const offending = sources('flows')
      .filter(({ code }) => /\binvoke\s*:|\bafter\s*:/.test(withoutComments(code)))
      .map(({ path }) => path);
    expect(offending).toEqual([]);
  });

  it('keeps the words out of the flow files: texts are named by key, their words live in flows/<flow>.<locale>.md', () => {
    const offending = sources('flows').flatMap(({ path, code }) => {
      const found = [];
      if (/\p{Script=Han}/u.test(withoutComments(code))) found.push(`${path}: Chinese outside a comment`);
      // A text call with anything but one key: t('…', '…'), md(`…`), t(key + 'x').
      const calls = withoutComments(code).match(/\b(?:t|md)\((?!'[\w.-]+'\))[^)]*\)/g) ?? [];
      found.push(...calls.map((call) => `${path}: ${call}`));
      return found;
    });
    expect(offending).toEqual([]);
  });
});
