import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Lit templates (html`...`) keep the indentation they are written with, and it ships to every
 * page. In the build, every run of whitespace that holds a line break becomes one space: HTML
 * collapses it to that anyway, so nothing shown changes (no template puts text in a <pre> or a
 * <textarea> on its own lines). Parsed with TypeScript, so templates nested in `${...}` are found.
 */
export function minifyHtmlTemplates(): Plugin {
  return {
    name: 'minify-html-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/]widget[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: minifyHtmlTemplatesIn(code, id), map: null };
    },
  };
}

/** The literal text of every html`` template in `code`, with its line-breaking whitespace collapsed. */
export function minifyHtmlTemplatesIn(code: string, fileName = 'module.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const parts: { start: number; end: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) parts.push({ start: literal.getStart(source), end: literal.getEnd() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const { start, end } of parts.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + result.slice(start, end).replace(/[ \t]*\n\s*/g, ' ') + result.slice(end);
  }
  return result;
}
