import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/**
 * Lit styles are CSS inside css`...` template literals, which a JavaScript minifier leaves as
 * they are: indentation and comments ship to every page. This plugin minifies them with
 * lightningcss (the CSS parser Vite already brings) in the `*.styles.ts` modules at build time.
 * `${...}` interpolations stand where declarations go; lightningcss sees each as a custom property
 * while it minifies, and gets it back after.
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
const interpolation = /\$\{[^}]*\}/g;
const slot = /--lit-slot-(\d+):0;?/g;

/** Minifies the CSS of every css`...` template in a module's source. */
export function minifyCssTemplatesIn(source: string): string {
  return source.replace(cssTemplate, (_, body: string) => `css\`${minifyCssText(body)}\``);
}

/**
 * Minifies the CSS of one template: a style sheet, or a bare list of declarations (a theme meant
 * to be interpolated into a rule). Throws, naming the CSS, when lightningcss cannot parse it.
 */
export function minifyCssText(css: string): string {
  const interpolations: string[] = [];
  const marked = css.replace(interpolation, (found) => `--lit-slot-${interpolations.push(found) - 1}:0;`);
  const declarationsOnly = !/[{}]/.test(marked);
  const sheet = declarationsOnly ? `:root{${marked}}` : marked;
  let minified = transform({ filename: 'lit-styles.css', code: Buffer.from(sheet), minify: true }).code.toString();
  if (declarationsOnly) minified = minified.replace(/^:root\{/, '').replace(/\}$/, '');
  return minified.replace(slot, (_, index: string) => interpolations[Number(index)]!);
}
