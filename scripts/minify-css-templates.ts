import type { Plugin } from 'vite';

/**
 * Lit styles are CSS inside css`...` template literals, which a JavaScript minifier leaves as
 * they are: indentation and comments ship to every page. This plugin removes them in the
 * `*.styles.ts` modules at build time. It only removes what is meaningless in CSS (comments,
 * runs of whitespace, whitespace next to `{ } ; ,` and after `:`), never touches quoted strings,
 * and leaves `${...}` interpolations as they are.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      return { code: minifyCssTemplatesIn(code), map: null };
    },
  };
}

const cssTemplate = /\bcss`([^`]*)`/g;
const interpolation = /(\$\{[^}]*\})/;
const quoted = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/;

/** Minifies the CSS of every css`...` template in a module's source. */
export function minifyCssTemplatesIn(source: string): string {
  return source.replace(cssTemplate, (_, body: string) => {
    const parts = body.split(interpolation).map((part, index) => (index % 2 === 1 ? part : minifyCssText(part)));
    return `css\`${parts.join('').trim()}\``;
  });
}

/** Minifies CSS text (a part of a template between interpolations): outside quotes only. */
export function minifyCssText(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(quoted)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}
