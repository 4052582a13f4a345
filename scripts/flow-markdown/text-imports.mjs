/**
 * Which local names of a module are the text helpers `t` and `md` of src/engine/text.ts, as every
 * step of the flow-text pipeline needs to know (flow-words.mjs, transform.mjs,
 * split-by-language.mjs): they are found by what they import, not by their names.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** engine/text.ts, as an import specifier resolved against the importing module. */
const TEXT_MODULE = /[\\/]src[\\/]engine[\\/]text(?:\.[jt]s)?$/;

/**
 * Local names of `md` and `t` imported by name from engine/text.ts. `onNamespace` is told of an
 * `import * as …` of it, whose helpers could not be found by name.
 * @param {ts.SourceFile} source
 * @param {(statement: ts.ImportDeclaration) => void} [onNamespace]
 * @returns {Map<string, 'md' | 't'>}
 */
export function importedTextHelpers(source, onNamespace) {
  /** @type {Map<string, 'md' | 't'>} */
  const helpers = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!TEXT_MODULE.test(resolve(dirname(source.fileName), statement.moduleSpecifier.text))) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) onNamespace?.(statement);
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 'md' || imported === 't') helpers.set(element.name.text, imported);
    }
  }
  return helpers;
}
