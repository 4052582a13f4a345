import { describe, expect, it } from 'vitest';
import { minifyCssTemplatesIn, minifyCssText } from '../../../scripts/minify-css-templates.js';

describe('minifying the CSS in Lit style templates (lightningcss)', () => {
  it('drops comments, indentation and the last semicolon of a block', () => {
    const css = `
      /* the launcher */
      .launcher {
        position: fixed;
        inset-block-end: var(--_inset-block, 20px);
      }
    `;
    expect(minifyCssText(css)).toBe('.launcher{position:fixed;inset-block-end:var(--_inset-block,20px)}');
  });

  it('keeps the space before a pseudo-class, which makes it a descendant selector', () => {
    expect(minifyCssText('.panel :focus-visible { outline: none; }')).toBe('.panel :focus-visible{outline:none}');
  });

  it('keeps quoted strings as written', () => {
    expect(minifyCssText(`.x { font-family: 'PingFang SC',  "Microsoft YaHei"; content: " ;  { "; }`)).toBe(
      `.x{content:" ;  { ";font-family:PingFang SC,Microsoft YaHei}`,
    );
  });

  it('keeps media queries and spaces inside values', () => {
    expect(minifyCssText('@media (prefers-color-scheme: dark) { .a { margin: 0 auto; font: 600 15px/1 x; } }')).toBe(
      '@media (prefers-color-scheme:dark){.a{margin:0 auto;font:600 15px/1 x}}',
    );
  });

  it('minifies a bare list of declarations, meant to be interpolated into a rule', () => {
    expect(minifyCssText('\n  --_accent: #ffffff;\n  --_scheme: dark;\n')).toBe('--_accent:#fff;--_scheme:dark');
  });

  it('rewrites only css`` templates and leaves their interpolations alone', () => {
    const source = [
      'const label = `a: b;  c`;',
      'export const styles = css`',
      '  :host([theme="dark"]) {',
      '    ${darkTheme}',
      '  }',
      '`;',
    ].join('\n');
    expect(minifyCssTemplatesIn(source)).toBe(
      ['const label = `a: b;  c`;', 'export const styles = css`:host([theme=dark]){${darkTheme}}`;'].join('\n'),
    );
  });

  it('fails the build on CSS it cannot parse, rather than shipping it broken', () => {
    expect(() => minifyCssText('.a { color: red; ')).not.toThrow();
    expect(() => minifyCssText('.a { color: ; } }}} {')).toThrow();
  });
});
