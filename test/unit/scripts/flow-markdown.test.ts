import { describe, expect, it } from 'vitest';
import { compileMarkdown } from '../../../scripts/flow-markdown/compile.mjs';
import { compileFlowTexts } from '../../../scripts/flow-markdown/transform.mjs';
import type { Rich, RichNode } from '../../../src/engine/rich.js';
import { xssCorpus } from '../../browser/xss-corpus.js';

/** docs/reliability.md S2, written out here so that widening the compiler's allowlist fails this test. */
const S2_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'a'];
const S2_URL = /^(?:https:|mailto:|tel:)/i;

/** Every element and link in a compiled tree that docs/reliability.md S2 does not allow. */
function outsideAllowlist(rich: Rich): string[] {
  if (typeof rich === 'string') return [];
  const visit = (node: RichNode): string[] => {
    if (typeof node === 'string') return [];
    const [tag, ...rest] = node;
    const problems = S2_TAGS.includes(tag) ? [] : [`<${tag}>`];
    if (tag === 'a' && !(typeof rest[0] === 'string' && S2_URL.test(rest[0]))) problems.push(`href ${String(rest[0])}`);
    return [...problems, ...(tag === 'a' ? rest.slice(1) : rest).flatMap(visit)];
  };
  return rich.flatMap(visit);
}

describe('compiling flow markdown', () => {
  it('keeps plain text as it is, so labels and short messages cost nothing', () => {
    expect(compileMarkdown('这样能解决问题吗？')).toEqual({ rich: '这样能解决问题吗？', dropped: [] });
    expect(compileMarkdown('e.g. ¥1,299.50').rich).toBe('e.g. ¥1,299.50');
  });

  it('turns the formatting flows use into a tree of allowlisted elements', () => {
    expect(compileMarkdown('**先查订单**：确认\n\n1. 切换网络\n2. 重试')).toEqual({
      rich: [
        ['p', ['strong', '先查订单'], '：确认'],
        ['ol', ['li', '切换网络'], ['li', '重试']],
      ],
      dropped: [],
    });
    expect(compileMarkdown('one\ntwo').rich).toEqual([['p', 'one', ['br'], 'two']]);
    expect(compileMarkdown('- a `code` _b_\n\n> note').rich).toEqual([
      ['ul', ['li', 'a ', ['code', 'code'], ' ', ['em', 'b']]],
      ['blockquote', ['p', 'note']],
    ]);
  });

  it('keeps list items one line each: a loose list is tightened, a nested list is reported', () => {
    expect(compileMarkdown('1. a\n\n2. b')).toEqual({ rich: [['ol', ['li', 'a'], ['li', 'b']]], dropped: [] });
    expect(compileMarkdown('1. one\n   - nested').dropped).toEqual([
      'a list inside a list item, or more than one paragraph in one',
    ]);
  });

  it('reports what the allowlist removed, and keeps the words', () => {
    expect(compileMarkdown('[help](https://example.com/help) [js](javascript:alert(1)) [call](tel:95588)')).toEqual({
      rich: [['p', ['a', 'https://example.com/help', 'help'], ' js ', ['a', 'tel:95588', 'call']]],
      dropped: ['href on <a>'],
    });
    expect(compileMarkdown('# Title').dropped).toEqual(['<h1>']);
    expect(compileMarkdown('3. three').dropped).toEqual(['start on <ol>']);
  });

  it('cuts every XSS payload down to the allowlist: no element, attribute or address outside it', () => {
    for (const { name, text } of xssCorpus) {
      expect(outsideAllowlist(compileMarkdown(text).rich), name).toEqual([]);
    }
  });
});

describe('finding texts written side by side in a module', () => {
  // Engine modules write their words in the call; a flow names them by key (flow-words.test.ts).
  const header = "import { md, t } from './text.js';\n";
  const flow = '/repo/src/engine/example.ts';

  it('replaces the literal texts of md() calls, joined with + or not, by their compiled trees', () => {
    const code = `${header}export const fix = md('**查**余额', 'Check ' +\n  'the **balance**', '查');`;
    const compiled = compileFlowTexts(code, flow)!;
    expect(compiled).toContain(`md([["p",["strong","查"],"余额"]], [["p","Check the ",["strong","balance"]]]\n, "查")`);
    expect(compiled.startsWith(header)).toBe(true);
  });

  it('keeps every line where it was, so stack traces point at the source', () => {
    const code = `${header}const fix = md(\n  'a **b**\\n\\n' +\n    '1. c',\n  'x',\n);\nthrow new Error('line 7');`;
    const compiled = compileFlowTexts(code, flow)!;
    expect(compiled.split('\n')).toHaveLength(code.split('\n').length);
    expect(compiled.split('\n')[6]).toBe("throw new Error('line 7');");
  });

  it('finds md however it was imported from engine/text, and leaves other functions named md alone', () => {
    const renamed = "import { md as markdown } from './text';\nconst a = markdown('**a**', 'b');";
    expect(compileFlowTexts(renamed, flow)).toContain(`markdown([["p",["strong","a"]]], "b")`);
    const fromEngine = "import { md } from './text.js';\nconst a = md('**a**', 'b');";
    expect(compileFlowTexts(fromEngine, '/repo/src/engine/steps.ts')).toContain('md([["p",["strong","a"]]]');
    const otherText = "import { md } from '../text.js';\nconst a = md('**a**', 'b');";
    expect(compileFlowTexts(otherText, '/repo/src/ticket/adapters/json.ts')).toBeNull();
    const namespace = "import * as text from './text.js';\nconst a = text.md('**a**', 'b');";
    expect(() => compileFlowTexts(namespace, flow)).toThrow(/example\.ts:1: import md and t by name/);
  });

  it('refuses md() text it cannot compile, and markdown the allowlist would cut, naming the file and line', () => {
    expect(() => compileFlowTexts(`${header}const a = md(\`**\${name}**\`, 'b');`, flow)).toThrow(
      /example\.ts:2: md\(\) takes literal text/,
    );
    expect(() => compileFlowTexts(`${header}const a = md(text, 'b');`, flow)).toThrow(/md\(\) takes literal text/);
    expect(() => compileFlowTexts(`${header}\nconst a = md('# Title', 'b');`, flow)).toThrow(
      /example\.ts:3: flow text may not use <h1>/,
    );
    expect(() => compileFlowTexts(`${header}const a = md('[x](http://a.example)', 'b');`, flow)).toThrow(/href on <a>/);
    expect(() => compileFlowTexts(`${header}const a = md('', 'b');`, flow)).toThrow(/md\(\) text is empty/);
    // A cast is still literal text.
    expect(compileFlowTexts(`${header}const a = md('**a**' as string, 'b');`, flow)).toContain(
      'md([["p",["strong","a"]]]',
    );
  });

  it('refuses formatting in t(), which is for labels, and says what marked made of it', () => {
    const code = `${header}\nconst label = t('余额不足', '**Not** enough balance');`;
    expect(() => compileFlowTexts(code, flow)).toThrow(
      /example\.ts:3: t\(\) is for plain text, but marked reads this as .*strong/,
    );
    expect(compileFlowTexts(`${header}const label = t('余额不足', 'Not enough balance');`, flow)).toBeNull();
  });
});
