import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, compileMarkdown, SAFE_URL } from '../../../scripts/flow-markdown/compile.mjs';
import { compileFlowTexts } from '../../../scripts/flow-markdown/transform.mjs';
import type { Rich, RichNode } from '../../../src/engine/rich.js';
import { xssCorpus } from '../../browser/xss-corpus.js';

/** Every element and link in a compiled tree that reliability.md S2 does not allow. */
function outsideAllowlist(rich: Rich): string[] {
  if (typeof rich === 'string') return [];
  const visit = (node: RichNode): string[] => {
    if (typeof node === 'string') return [];
    const [tag, ...rest] = node;
    const problems = ALLOWED_TAGS.includes(tag) ? [] : [`<${tag}>`];
    if (tag === 'a' && !(typeof rest[0] === 'string' && SAFE_URL.test(rest[0]))) problems.push(`href ${String(rest[0])}`);
    return [...problems, ...(tag === 'a' ? rest.slice(1) : rest).flatMap(visit)];
  };
  return rich.flatMap(visit);
}

describe('compiling flow markdown', () => {
  it('keeps plain text as it is, so labels and short messages cost nothing', () => {
    expect(compileMarkdown('这样能解决问题吗？')).toBe('这样能解决问题吗？');
    expect(compileMarkdown('e.g. ¥1,299.50')).toBe('e.g. ¥1,299.50');
  });

  it('turns the formatting flows use into a tree of allowlisted elements', () => {
    expect(compileMarkdown('**先查订单**：确认\n\n1. 切换网络\n2. 重试')).toEqual([
      ['p', ['strong', '先查订单'], '：确认'],
      ['ol', ['li', '切换网络'], ['li', '重试']],
    ]);
    expect(compileMarkdown('one\ntwo')).toEqual([['p', 'one', ['br'], 'two']]);
    expect(compileMarkdown('- a `code` _b_\n\n> note')).toEqual([
      ['ul', ['li', 'a ', ['code', 'code'], ' ', ['em', 'b']]],
      ['blockquote', ['p', 'note']],
    ]);
  });

  it('keeps https, mailto and tel links and drops the link (not the words) for any other address', () => {
    expect(compileMarkdown('[help](https://example.com/help) [js](javascript:alert(1)) [call](tel:95588) [x](http://a.example)')).toEqual([
      ['p', ['a', 'https://example.com/help', 'help'], ' js ', ['a', 'tel:95588', 'call'], ' x'],
    ]);
  });

  it('cuts every XSS payload down to the allowlist: no element, attribute or address outside it', () => {
    for (const { name, text } of xssCorpus) {
      expect(outsideAllowlist(compileMarkdown(text)), name).toEqual([]);
    }
  });
});

describe('finding flow texts in a module', () => {
  const header = "import { md, t } from '../src/engine/text.js';\n";

  it('replaces the literal texts of md() calls, joined with + or not, by their compiled trees', () => {
    const code = `${header}export const fix = md('**查**余额', 'Check ' +\n  'the **balance**', '查');`;
    const compiled = compileFlowTexts(code, 'flows/example.ts')!;
    expect(compiled).toContain(`md([["p",["strong","查"],"余额"]], [["p","Check the ",["strong","balance"]]], "查")`);
    expect(compiled.startsWith(header)).toBe(true);
  });

  it('follows a renamed import and leaves other calls named md alone', () => {
    const renamed = "import { md as markdown } from './text.js';\nconst a = markdown('**a**', 'b');";
    expect(compileFlowTexts(renamed, 'src/engine/x.ts')).toContain(`markdown([["p",["strong","a"]]], "b")`);
    const unrelated = "import { md } from 'some-markdown-lib';\nconst a = md('**a**', 'b');";
    expect(compileFlowTexts(unrelated, 'src/engine/x.ts')).toBeNull();
  });

  it('keeps a tree built in code, but refuses text it cannot read at build time', () => {
    const built = `${header}const a = md(namingCause('x', name, 'y'), [['p', 'b']]);`;
    expect(compileFlowTexts(built, 'src/engine/outcomes.ts')).toBeNull();
    const interpolated = `${header}const a = md(\`**\${name}**\`, 'b');`;
    expect(() => compileFlowTexts(interpolated, 'flows/x.ts')).toThrow(/flows\/x\.ts:2: md\(\) needs literal text/);
  });

  it('refuses formatting in t(), which is for labels, naming the file and line', () => {
    const code = `${header}\nconst label = t('余额不足', '**Not** enough balance');`;
    expect(() => compileFlowTexts(code, 'flows/x.ts')).toThrow(/flows\/x\.ts:3: t\(\) is for plain text/);
    expect(compileFlowTexts(`${header}const label = t('余额不足', 'Not enough balance');`, 'flows/x.ts')).toBeNull();
  });
});
