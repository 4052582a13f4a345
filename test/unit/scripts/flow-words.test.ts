import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineFlowWords, parseWords } from '../../../scripts/flow-markdown/flow-words.mjs';
import { flowMarkdown } from '../../../scripts/flow-markdown/plugins.mjs';
import { compileFlowTexts } from '../../../scripts/flow-markdown/transform.mjs';

/** A flow of two texts, as a support writer and a developer would leave it. */
const machine = [
  "import { md, t } from '../src/engine/text.js';",
  "export const label = t('choices.balance');",
  "export const advice = md('fixingBalance.text');",
  '',
].join('\n');

const words: Record<string, string> = {
  'zh-CN':
    '# 示例\n\n## choices.balance\n\n余额不足\n\n## fixingBalance.text\n\n先**确认余额**：\n\n1. 充值\n2. 重试\n',
  en: '# Sample\n\nAnything before the first section is the writer’s.\n\n## choices.balance\n\nNot enough balance\n\n## fixingBalance.text\n\nCheck **the balance**:\n\n1. Top up\n2. Try again\n',
  'zh-TW': '## choices.balance\n\n餘額不足\n\n## fixingBalance.text\n\n先**確認餘額**：\n\n1. 儲值\n2. 重試\n',
};

let repo: string;
let flowFile: string;

async function writeFlow(code = machine, texts = words) {
  await writeFile(flowFile, code);
  for (const [locale, text] of Object.entries(texts)) await writeFile(join(repo, 'flows', `sample.${locale}.md`), text);
}

/** One language's file with `edit` applied. */
function edited(locale: string, edit: (text: string) => string) {
  return { ...words, [locale]: edit(words[locale]) };
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'flow-words-'));
  await mkdir(join(repo, 'flows'));
  flowFile = join(repo, 'flows', 'sample.ts');
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("a flow's words, one Markdown file per language beside it", () => {
  it('puts every language back into the keyed calls, on the same lines', async () => {
    await writeFlow();
    const { code, files } = inlineFlowWords(machine, flowFile)!;
    expect(code.split('\n')[1]).toBe(`export const label = t("余额不足", "Not enough balance", "餘額不足");`);
    expect(code.split('\n')[2]).toContain('Check **the balance**:\\n\\n1. Top up\\n2. Try again');
    expect(code.split('\n')).toHaveLength(machine.split('\n').length);
    expect(files.map((file) => file.slice(repo.length))).toEqual([
      '/flows/sample.zh-CN.md',
      '/flows/sample.en.md',
      '/flows/sample.zh-TW.md',
    ]);
    // The markdown is then compiled as any flow text is.
    expect(compileFlowTexts(machine, flowFile)).toContain('md([["p","先",["strong","确认余额"],"：');
  });

  it('leaves modules that are not flows alone', () => {
    expect(inlineFlowWords(machine, join(repo, 'src', 'engine', 'steps.ts'))).toBeNull();
    expect(inlineFlowWords(machine, join(repo, 'flows', 'index.ts'))).toBeNull();
  });

  it('names the file and key of a missing translation, and where the text is used', async () => {
    await writeFlow(
      machine,
      edited('zh-TW', (text) => text.replace('## choices.balance\n\n餘額不足\n\n', '')),
    );
    expect(() => inlineFlowWords(machine, flowFile)).toThrow(
      /flows\/sample\.zh-TW\.md: no "## choices\.balance" section \(the text used at .*flows\/sample\.ts:2\)/,
    );
  });

  it('names the file and line of a section no machine uses, and of one written twice', async () => {
    await writeFlow(
      machine,
      edited('en', (text) => `${text}\n## fixingBalanse.text\n\nTypo\n`),
    );
    expect(() => inlineFlowWords(machine, flowFile)).toThrow(
      /flows\/sample\.en\.md:16: "## fixingBalanse\.text" is not used by .*flows\/sample\.ts/,
    );
    expect(() => parseWords('## a\n\nx\n\n## a\n\ny\n', 'sample.en.md')).toThrow(
      'sample.en.md:5: "## a" is here twice (first at line 1)',
    );
    expect(() => parseWords('## a\n\n\n## b\n\ny\n', 'sample.en.md')).toThrow('sample.en.md:1: "## a" has no text');
    expect(() => parseWords('## two words\n\ny\n', 'sample.en.md')).toThrow('sample.en.md:1: a section heading is');
  });

  it('refuses formatting the allowlist would cut, and formatting in a plain text, at its line', async () => {
    await writeFlow(
      machine,
      edited('en', (text) => text.replace('Check **the balance**:', '# Check')),
    );
    expect(() => inlineFlowWords(machine, flowFile)).toThrow(
      /flows\/sample\.en\.md:9: "fixingBalance\.text" may not use <h1> \(docs\/reliability\.md S2\)/,
    );
    await writeFlow(
      machine,
      edited('zh-CN', (text) => text.replace('余额不足', '**余额**不足')),
    );
    expect(() => inlineFlowWords(machine, flowFile)).toThrow(
      /flows\/sample\.zh-CN\.md:3: "choices\.balance" is plain text .* but reads as formatting/,
    );
  });

  it('refuses a section that would show nothing, however it is filled', async () => {
    for (const [empty, helper] of [
      ['&nbsp;', 'md'],
      ['> ', 'md'],
      ['```\n```', 'md'],
      ['\u200b', 't'],
    ] as const) {
      const key = helper === 'md' ? 'fixingBalance.text' : 'choices.balance';
      const section = new RegExp(`(## ${key.replace('.', '\\.')}\\n\\n)[^#]+`);
      await writeFlow(
        machine,
        edited('zh-TW', (text) => text.replace(section, `$1${empty}\n\n`)),
      );
      expect(() => inlineFlowWords(machine, flowFile), empty).toThrow(
        new RegExp(`flows/sample\\.zh-TW\\.md:\\d+: "${key.replace('.', '\\.')}" shows nothing`),
      );
    }
  });

  it('reads a file an editor saved with a byte-order mark or Windows line ends', async () => {
    await writeFlow(
      machine,
      edited('en', (text) => `\ufeff${text.replaceAll('\n', '\r\n')}`),
    );
    expect(inlineFlowWords(machine, flowFile)!.code).toContain('"Not enough balance"');
  });

  it('refuses words left in the machine file', async () => {
    await writeFlow();
    const withWords = machine.replace("t('choices.balance')", "t('余额不足', 'Not enough balance', '餘額不足')");
    expect(() => inlineFlowWords(withWords, flowFile)).toThrow(
      /flows\/sample\.ts:2: a flow file names its texts by key, t\('key'\); the words go in sample\.zh-CN\.md/,
    );
  });

  it('fails a Vite build on a missing translation, and builds once it is there', async () => {
    await writeFlow(
      machine,
      edited('en', (text) => text.replace('## fixingBalance.text', '## fixingBalance.txt')),
    );
    const buildSample = () =>
      build({
        root: repo,
        configFile: false,
        logLevel: 'silent',
        plugins: [flowMarkdown({ root: repo })],
        build: {
          write: false,
          lib: { entry: flowFile, formats: ['es'] },
          rollupOptions: { external: [/engine\/text/] },
        },
      });
    await expect(buildSample()).rejects.toThrow(/flows\/sample\.en\.md: no "## fixingBalance\.text" section/);
    await writeFlow();
    await expect(buildSample()).resolves.toBeDefined();
  }, 60_000);
});
