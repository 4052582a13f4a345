/**
 * Finds the flow texts in a module's source and compiles them (compile.mjs): every `md(...)` call
 * whose arguments are literal text has them replaced by their compiled tree. A `t(...)` call is
 * for plain text (labels, titles, placeholders), so formatting in one is a mistake this reports,
 * naming the file and line, rather than letting "**" reach a button.
 */
import ts from 'typescript';
import { compileMarkdown } from './compile.mjs';

/** Where text.ts lives, as modules import it ("../src/engine/text.js", "./text.js"). */
const TEXT_MODULE = /(?:^|\/)(?:src\/engine\/)?text\.js$/;

/**
 * @param {string} code TypeScript (or JavaScript) source
 * @param {string} fileName for messages and the parser
 * @returns {string | null} the new source, or null when the module has no flow text
 */
export function compileFlowTexts(code, fileName) {
  if (!/text\.js['"]/.test(code)) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const helpers = importedHelpers(source);
  if (helpers.size === 0) return null;

  /** @type {{ start: number; end: number; text: string }[]} */
  const replacements = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const helper = helpers.get(node.expression.text);
      if (helper === 'md') replacements.push(...node.arguments.flatMap((argument) => compiled(argument, source)));
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

/** Local names of `md` and `t` imported from engine/text.ts. @returns {Map<string, 'md' | 't'>} */
function importedHelpers(/** @type {ts.SourceFile} */ source) {
  const helpers = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!TEXT_MODULE.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'md' || imported === 't') helpers.set(element.name.text, imported);
    }
  }
  return helpers;
}

/** An md() argument: literal text is compiled; a tree built in code (a call, an array) is kept. */
function compiled(/** @type {ts.Expression} */ argument, /** @type {ts.SourceFile} */ source) {
  const text = constantText(argument);
  if (text === undefined) {
    if (looksLikeText(argument)) {
      throw new Error(`${where(argument, source)}: md() needs literal text, so it can be compiled at build time`);
    }
    return [];
  }
  return [{ start: argument.getStart(source), end: argument.getEnd(), text: JSON.stringify(compileMarkdown(text)) }];
}

/** A string the build cannot read: `${...}` or + with a variable would reach the user as raw "**". */
function looksLikeText(/** @type {ts.Expression} */ node) {
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isParenthesizedExpression(node)) return looksLikeText(node.expression);
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

function checkPlain(/** @type {ts.Expression} */ argument, /** @type {ts.SourceFile} */ source) {
  const text = constantText(argument);
  if (text !== undefined && typeof compileMarkdown(text) !== 'string') {
    throw new Error(`${where(argument, source)}: t() is for plain text, but this has formatting; use md()`);
  }
}

/** The value of a string literal, or of literals joined with +; undefined for anything else. */
function constantText(/** @type {ts.Expression} */ node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantText(node.expression);
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
