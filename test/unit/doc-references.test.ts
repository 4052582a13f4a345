/**
 * Comments cite the repository's own docs ("docs/reliability.md D2", "docs/domain.md S24",
 * "docs/domain.md §2b"): every cited file exists, and so does every rule, source and section
 * cited in it, so a reader can always follow a comment to what it stands on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const folders = ['src', 'flows', 'scripts', 'test', 'bench', 'demo'];

function sources(): string[] {
  return folders.flatMap((folder) =>
    (readdirSync(join(root, folder), { recursive: true }) as string[])
      // This file cites wrong ones on purpose, to show they are caught.
      .filter((file) => /\.(ts|mts|mjs)$/.test(file) && !file.endsWith('doc-references.test.ts'))
      .map((file) => join(root, folder, file)),
  );
}

/** "docs/reliability.md D2, D4", "docs/domain.md §5.1 and S23", "docs/domain.md S24, S27". */
const citation = /docs\/([\w/-]+\.md)((?:[\s,]*(?:and\s+)?(?:[A-Z]\d+(?:-[A-Z]?\d+)?|§\d+(?:\.\d+|[a-z])?))*)/g;
const ids = /[A-Z]\d+|§\d+(?:\.\d+|[a-z])?/g;

function isDefined(doc: string, id: string): boolean {
  if (id.startsWith('§')) {
    // "§2b" is the heading "### 2b.", "§5.1" the heading "### 5.1".
    return new RegExp(`^#+ ${id.slice(1).replace('.', '\\.')}[. ]`, 'm').test(doc);
  }
  // A rule ("**D2**") or a source ("- S24 " / "[S24]") named where it is defined.
  return new RegExp(`\\*\\*${id}\\*\\*|^- ${id}\\b|^\\| ${id}\\b|\\[${id}\\]`, 'm').test(doc);
}

/** Every citation in `code` that does not resolve: "where: docs/file id". */
function brokenCitations(code: string, where: string): string[] {
  const broken: string[] = [];
  for (const [, doc, cited] of code.matchAll(citation)) {
    const path = join(root, 'docs', doc!);
    if (!existsSync(path)) {
      broken.push(`${where}: docs/${doc}`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    for (const [id] of cited!.matchAll(ids)) if (!isDefined(text, id)) broken.push(`${where}: docs/${doc} ${id}`);
  }
  return broken;
}

it('cites only docs that exist, and only rules, sources and sections they define', () => {
  const broken = sources().flatMap((file) => brokenCitations(readFileSync(file, 'utf8'), relative(root, file)));
  expect(broken).toEqual([]);
});

it('finds what it checks: comments cite the docs, and a wrong citation is caught', () => {
  const cited = sources().filter((file) =>
    /docs\/(reliability|domain|contract|architecture)\.md/.test(readFileSync(file, 'utf8')),
  );
  expect(cited.length).toBeGreaterThan(20);
  expect(
    brokenCitations('// docs/reliability.md D2, D99 and docs/domain.md S24, §2b, §42; docs/nowhere.md', 'sample'),
  ).toEqual(['sample: docs/reliability.md D99', 'sample: docs/domain.md §42', 'sample: docs/nowhere.md']);
});
