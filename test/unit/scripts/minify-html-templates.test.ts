import { describe, expect, it } from 'vitest';
import { minifyHtmlTemplatesIn } from '../../../scripts/minify-html-templates.js';

describe('minifying the whitespace in Lit html templates', () => {
  it('collapses indentation and line breaks to one space, in nested templates too', () => {
    const source = [
      'const view = html`',
      '  <div class="a">',
      '    ${open ? html`',
      '      <b>yes</b>',
      '    ` : nothing}',
      '  </div>',
      '`;',
    ].join('\n');
    expect(minifyHtmlTemplatesIn(source)).toBe(
      'const view = html` <div class="a"> ${open ? html` <b>yes</b> ` : nothing} </div> `;',
    );
  });

  it('keeps spaces within a line, other templates and plain strings as written', () => {
    const source = 'const a = html`<p>two  spaces</p>`;\nconst b = css`\n  .x {}\n`;\nconst c = `line\n  two`;';
    expect(minifyHtmlTemplatesIn(source)).toBe(source);
  });
});
