/**
 * Finds the flow texts in a module's source and compiles them (compile.mjs): every `md(...)` call
 * has its literal text replaced by the compiled tree. The build stops, naming the file and line,
 * when flow text would not reach the user as written: an `md()` argument that is not literal text
 * (it could not be compiled), markdown the allowlist would cut, or formatting inside `t(...)`,
 * which is for plain text (labels, titles, placeholders) and would show "**" on a button.
 */
import ts from 'typescript';
import { compileMarkdown } from './compile.mjs';
import { inlineFlowWords } from './flow-words.mjs';
import { importedTextHelpers } from './text-imports.mjs';

/**
 * @param {string} code TypeScript (or JavaScript) source
 * @param {string} fileName the module's path (absolute, or from the server root), for imports and messages
 * @param {{ live?: boolean }} [options] `live`: the demo server's flow texts follow edits of their words files
 * @returns {string | null} the new source, or null when the module has no flow text
 */
export function compileFlowTexts(code, fileName, { live = false } = {}) {
  // A flow names its texts by key; its words come from the files beside it (flow-words.mjs).
  const inlined = inlineFlowWords(code, fileName, { live })?.code ?? null;
  return compileTexts(inlined ?? code, fileName) ?? inlined;
}

/** compileFlowTexts on a module whose texts are literal. @returns {string | null} */
function compileTexts(/** @type {string} */ code, /** @type {string} */ fileName) {
  if (!/\btext(?:\.[jt]s)?['"]/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const helpers = importedTextHelpers(source, (statement) => {
    throw new Error(
      `${where(statement, source)}: import md and t by name from text.js, so the build can find flow text`,
    );
  });
  if (helpers.size === 0) return null;

  /** @type {{ start: number; end: number; text: string }[]} */
  const replacements = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const helper = helpers.get(node.expression.text);
      if (helper === 'md') replacements.push(...node.arguments.map((argument) => compiledArgument(argument, source)));
      if (helper === 't') node.arguments.forEach((argument) => checkPlain(argument, source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (replacements.length === 0) return null;

  let result = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** An md() argument replaced by its compiled tree, on as many lines as it took (stack traces keep their line numbers). */
function compiledArgument(/** @type {ts.Expression} */ argument, /** @type {ts.SourceFile} */ source) {
  const text = constantText(argument);
  if (text === undefined) {
    throw new Error(
      `${where(argument, source)}: md() takes literal text (joined with + at most), so the build can compile it`,
    );
  }
  const { rich, dropped } = compile(text, argument, source);
  if (dropped.length > 0) {
    throw new Error(`${where(argument, source)}: flow text may not use ${dropped.join(', ')} (docs/reliability.md S2)`);
  }
  if (rich.length === 0) throw new Error(`${where(argument, source)}: md() text is empty`);
  const start = argument.getStart(source);
  const end = argument.getEnd();
  const lines = source.getFullText().slice(start, end).split('\n').length - 1;
  return { start, end, text: JSON.stringify(rich) + '\n'.repeat(lines) };
}

function checkPlain(/** @type {ts.Expression} */ argument, /** @type {ts.SourceFile} */ source) {
  const text = constantText(argument);
  if (text === undefined) return;
  const { rich } = compile(text, argument, source);
  if (typeof rich !== 'string') {
    throw new Error(
      `${where(argument, source)}: t() is for plain text, but marked reads this as ${JSON.stringify(rich)}; use md()`,
    );
  }
}

/** compileMarkdown, with the file and line in any error marked throws. */
function compile(/** @type {string} */ text, /** @type {ts.Node} */ node, /** @type {ts.SourceFile} */ source) {
  try {
    return compileMarkdown(text);
  } catch (error) {
    throw new Error(
      `${where(node, source)}: could not compile this flow text: ${/** @type {Error} */ (error).message}`,
    );
  }
}

/** The value of a string literal, or of literals joined with +; undefined for anything else. */
function constantText(/** @type {ts.Expression} */ node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return constantText(node.expression);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantText(node.left);
    const right = constantText(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

function where(/** @type {ts.Node} */ node, /** @type {ts.SourceFile} */ source) {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${source.fileName}:${line + 1}`;
}
