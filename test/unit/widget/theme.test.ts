/**
 * The colour maths that keeps a host's theme readable (src/widget/internal/contrast.ts) and the
 * choice of scheme (src/widget/wallet-support.theme.ts). Browser-side behaviour: test/browser/theme.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  ensureContrast,
  luminance,
  readablePalette,
  themeColours,
  withLuminance,
  type Palette,
  type Rgba,
} from '../../../src/widget/internal/contrast.js';
import { walletSupportStyles } from '../../../src/widget/wallet-support.styles.js';
import { isDark } from '../../../src/widget/wallet-support.theme.js';

const rgb = (hex: string): Rgba => {
  const value = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  return {
    r: parseInt(value.slice(0, 2), 16),
    g: parseInt(value.slice(2, 4), 16),
    b: parseInt(value.slice(4), 16),
    a: 1,
  };
};

/** The default palettes, read from the styles so they cannot drift apart from what ships. */
function defaults(block: RegExp): Palette {
  const declarations = block.exec(walletSupportStyles.cssText)![1]!;
  return Object.fromEntries(
    themeColours.map((name) => {
      const found = new RegExp(`--_${name}: var\\(--wallet-support-${name}, (#[0-9a-f]+)\\)`).exec(declarations);
      return [name, rgb(found![1]!)];
    }),
  ) as Palette;
}
const themes = { light: defaults(/:host \{([^}]*)\}/), dark: defaults(/\.dark \{([^}]*)\}/) };

/** OKLCH of an sRGB colour (Björn Ottosson's reference matrices), to check what stays the same. */
function oklch({ r, g, b }: Rgba): { l: number; c: number; h: number } {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const Bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return {
    l: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    c: Math.hypot(A, Bb),
    h: (Math.atan2(Bb, A) * 180) / Math.PI,
  };
}
const hueTurn = (one: number, other: number) => Math.abs(((other - one + 540) % 360) - 180);

const channel = fc.integer({ min: 0, max: 255 });
const colour = fc.record({ r: channel, g: channel, b: channel, a: fc.constant(1) });

/** Every pair the widget draws: [what, foreground, background, minimum]. */
function pairs(p: Palette): [string, Rgba, Rgba, number][] {
  return [
    ['accent text on accent (launcher, header, user bubble)', p['accent-text'], p.accent, 4.5],
    ['accent on surface (answer buttons, links)', p.accent, p.surface, 4.5],
    ['accent on a hovered answer button', p.accent, p['choice-hover'], 4.5],
    ['accent on a status', p.accent, p['bot-bubble'], 4.5],
    ['text on surface', p.text, p.surface, 4.5],
    ['text on a bot bubble', p.text, p['bot-bubble'], 4.5],
    ['muted on surface', p.muted, p.surface, 4.5],
    ['muted on a bot bubble', p.muted, p['bot-bubble'], 4.5],
    ['border on surface', p.border, p.surface, 3],
    ['danger on surface', p.danger, p.surface, 4.5],
  ];
}
const failing = (p: Palette) =>
  pairs(p)
    .filter(([, foreground, background, minimum]) => contrastRatio(foreground, background) < minimum)
    .map(([what, foreground, background]) => `${what} ${contrastRatio(foreground, background).toFixed(2)}`);

describe('the scheme', () => {
  it.each([
    ['light', 'dark', true, false],
    ['dark', 'light', false, true],
    [undefined, 'light', true, false],
    ['auto', 'only light', true, false],
    [undefined, 'dark', false, true],
    [undefined, 'light dark', true, true],
    [undefined, 'dark light', false, false],
    [undefined, 'normal', true, true],
    [undefined, '', false, false],
    ['sepia', '', true, true],
  ] as const)(
    'theme=%s on a page declaring "%s", the user preferring dark: %s → dark: %s',
    (theme, declared, prefersDark, dark) => {
      expect(isDark(theme, declared, prefersDark)).toBe(dark);
    },
  );
});

describe('withLuminance', () => {
  it('reaches the luminance asked for, to within what 8 bits can paint', () => {
    fc.assert(
      fc.property(colour, fc.double({ min: 0.02, max: 0.95, noNaN: true }), (given, target) => {
        const result = withLuminance(given, target);
        expect(Math.abs(luminance(result) - target)).toBeLessThan(0.01);
      }),
    );
  });

  it('keeps the OKLCH hue, moving lightness (and chroma only where sRGB runs out)', () => {
    fc.assert(
      fc.property(colour, fc.double({ min: 0.03, max: 0.85, noNaN: true }), (given, target) => {
        const before = oklch(given);
        const result = withLuminance(given, target);
        const after = oklch(result);
        fc.pre(before.c > 0.06 && after.c > 0.04);
        expect(hueTurn(before.h, after.h)).toBeLessThan(4);
        expect(after.c).toBeLessThanOrEqual(before.c + 0.005);
      }),
    );
  });

  it('keeps chroma where sRGB allows it: the demo brown in the dark theme is a lighter brown', () => {
    const brown = rgb('#7a3e12');
    const lighter = ensureContrast(brown, themes.dark.surface, 4.5);
    expect(oklch(lighter).l).toBeGreaterThan(oklch(brown).l + 0.15);
    expect(oklch(lighter).c).toBeCloseTo(oklch(brown).c, 2);
    expect(hueTurn(oklch(brown).h, oklch(lighter).h)).toBeLessThan(1);
  });
});

describe('ensureContrast', () => {
  it('reaches 4.5:1 and 3:1 against any background, and leaves a colour that has it alone', () => {
    fc.assert(
      fc.property(colour, colour, fc.constantFrom(3, 4.5), (foreground, background, ratio) => {
        const result = ensureContrast(foreground, background, ratio);
        expect(contrastRatio(result, background)).toBeGreaterThanOrEqual(ratio);
        if (contrastRatio(foreground, background) >= ratio) expect(result).toBe(foreground);
      }),
    );
  });

  it('moves no further than it must: just past the ratio, unless on the other side of the background', () => {
    fc.assert(
      fc.property(colour, colour, (foreground, background) => {
        const result = ensureContrast(foreground, background, 4.5);
        const sameSide = luminance(result) > luminance(background) === luminance(foreground) > luminance(background);
        if (result !== foreground && sameSide && luminance(result) > 0.001 && luminance(result) < 0.99)
          expect(contrastRatio(result, background)).toBeLessThan(4.75);
      }),
    );
  });
});

describe('readablePalette', () => {
  it('leaves the default themes as they are', () => {
    for (const palette of Object.values(themes)) {
      expect(failing(palette)).toEqual([]);
      const readable = readablePalette(palette, palette['accent-text']);
      for (const name of themeColours) expect(readable[name], name).toBe(palette[name]);
    }
  });

  for (const [theme, palette] of Object.entries(themes)) {
    it(`keeps every pair readable for any accent in the ${theme} theme`, () => {
      fc.assert(
        fc.property(colour, (accent) => {
          expect(failing(readablePalette({ ...palette, accent }))).toEqual([]);
        }),
        { numRuns: 300 },
      );
    });

    it(`keeps every pair readable for any host text colours in the ${theme} theme`, () => {
      fc.assert(
        fc.property(
          fc.record({
            accent: colour,
            'accent-text': colour,
            text: colour,
            muted: colour,
            border: colour,
            danger: colour,
          }),
          fc.boolean(),
          (given, accentTextGiven) => {
            const readable = readablePalette(
              { ...palette, ...given },
              accentTextGiven ? given['accent-text'] : undefined,
            );
            expect(failing(readable)).toEqual([]);
          },
        ),
        { numRuns: 200 },
      );
    });
  }

  it('derives the text on the accent: white on a dark accent, a near-black of its hue on a light one', () => {
    const light = readablePalette({ ...themes.light, accent: rgb('#7a3e12') });
    expect(light.accent).toEqual(rgb('#7a3e12'));
    expect(light['accent-text']).toEqual(rgb('#fff'));
    const dark = readablePalette({ ...themes.dark, accent: rgb('#7a3e12') });
    expect(luminance(dark['accent-text'])).toBeLessThan(0.02);
    expect(hueTurn(oklch(dark['accent-text']).h, oklch(rgb('#7a3e12')).h)).toBeLessThan(15);
  });

  it("keeps the host's text on the accent where it reads, darkening the accent under it instead", () => {
    const readable = readablePalette(
      { ...themes.light, accent: rgb('#ffd60a'), 'accent-text': rgb('#fff') },
      rgb('#fff'),
    );
    expect(readable['accent-text']).toEqual(rgb('#fff'));
    expect(contrastRatio(readable['accent-text'], readable.accent)).toBeGreaterThanOrEqual(4.5);
  });
});
