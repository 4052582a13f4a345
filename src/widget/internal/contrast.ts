import type { PanelFrame } from './panel-frame.js';

/** An sRGB colour with alpha, channels 0..255 and alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/i;

/**
 * Reads a computed colour (`getComputedStyle` serializes sRGB colours as `rgb()`/`rgba()`).
 * Other colour spaces (`oklch()`, `color()`) give undefined: the caller skips what it cannot judge.
 */
export function parseColor(css: string): Rgba | undefined {
  if (css === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = RGB.exec(css.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (front: number, back: number) => front * top.a + back * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** An sRGB channel (0..255) in linear light (0..1), and back (rounded, as a browser paints it). */
const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toChannel = (linear: number) =>
  Math.round(255 * (linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055));

/** WCAG relative luminance of an opaque colour: 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2.x contrast ratio, 1..21; a translucent foreground is composited over the background first. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const front = luminance(composite(foreground, background));
  const back = luminance(background);
  return (Math.max(front, back) + 0.05) / (Math.min(front, back) + 0.05);
}

/** The colour behind `element`: the first opaque-ish background up the (shadow-including) tree. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour && colour.a > 0) layers.push(colour);
    if (colour?.a === 1) break;
  }
  // Compose from the page (white canvas) upwards.
  return layers.reduceRight<Rgba>((below, layer) => composite(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Minimum contrast for body text (WCAG 1.4.3). */
export const TEXT_CONTRAST = 4.5;

/**
 * The host's colours shown otherwise to keep them readable (readableTheme() below sets each `--_*`
 * it changed on the panel), the accent aside: deriving its variant for each theme is what a brand
 * colour is for, not a mistake to report.
 */
function adjustedColours(root: ShadowRoot): string[] {
  const given = getComputedStyle(root.host);
  const shown = root.querySelector<HTMLElement>('.panel')?.style;
  return themeColours.slice(1).flatMap((name) => {
    const value = given.getPropertyValue(`--wallet-support-${name}`).trim();
    const override = shown?.getPropertyValue(`--_${name}`);
    return value && override ? [`--wallet-support-${name}: ${value} (shown as ${override})`] : [];
  });
}

/**
 * What a host should know about its theme, told in the console (warnOnceShown): its colours
 * the widget changed to keep them readable, and the text/background pairs of the themed chrome
 * still below 4.5:1 (styles the widget does not control, such as `::part()` rules).
 */
export function lowContrastParts(root: ShadowRoot): string[] {
  const problems = adjustedColours(root);
  for (const selector of [
    '.launcher',
    '.header',
    '.panel',
    '.bot .bubble',
    '.user .bubble',
    '.choices button:not([disabled])',
  ]) {
    const element = root.querySelector(selector);
    if (!element || !element.getClientRects().length) continue;
    const text = parseColor(getComputedStyle(element).color);
    if (!text) continue;
    const ratio = contrastRatio(text, backgroundBehind(element));
    if (ratio < TEXT_CONTRAST) problems.push(`${selector} ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

/*
 * A host's colours kept readable (issue 15). The launcher (wallet-support.theme.ts) loads this
 * module when the host set any `--wallet-support-*` colour, and calls readableTheme() on every
 * change of theme or colours; without host colours the tested defaults apply and it never loads.
 */

/** The colour custom properties: `--wallet-support-<name>` (the host's) behind `--_<name>` (the styles'). */
export const themeColours = [
  'accent',
  'accent-text',
  'surface',
  'text',
  'muted',
  'border',
  'bot-bubble',
  'choice-hover',
  'danger',
] as const;

export type ThemeColour = (typeof themeColours)[number];
export type Palette = Record<ThemeColour, Rgba>;

const rgba = (r: number, g: number, b: number): Rgba => ({ r, g, b, a: 1 });
const WHITE = rgba(255, 255, 255);
const BLACK = rgba(0, 0, 0);

/** Linear sRGB to the LMS cone space of OKLab (Björn Ottosson, 2020), and back. */
const toCone = [
  0.4122214708, 0.5363325363, 0.0514459929, 0.2119034982, 0.6806995451, 0.1073969566, 0.0883024619, 0.2817188376,
  0.6299787005,
];
const fromCone = [
  4.0767416621, -3.3077115913, 0.2309699292, -1.2684380046, 2.6097574011, -0.3413193965, -0.0041960863, -0.7034186147,
  1.707614701,
];
const times = (matrix: number[], [x, y, z]: number[]) =>
  [0, 3, 6].map((row) => matrix[row]! * x! + matrix[row + 1]! * y! + matrix[row + 2]! * z!);

/**
 * `colour` brought to luminance `target` (0..1) by its OKLCH lightness alone: hue and chroma are
 * kept, chroma reduced only as far as sRGB needs. In OKLab's cube-rooted cone space, changing L
 * and keeping a and b adds the same amount to all three coordinates, and chroma scales their
 * distance from that grey. Lightness is found by bisection on the painted (8-bit) colour.
 */
export function withLuminance(colour: Rgba, target: number): Rgba {
  const cone = times(toCone, [colour.r, colour.g, colour.b].map(toLinear)).map(Math.cbrt);
  const lightness = 0.2104542553 * cone[0]! + 0.793617785 * cone[1]! - 0.0040720468 * cone[2]!;
  let [low, high, result] = [0, 1, colour];
  for (let step = 0; step < 24; step++) {
    const l = (low + high) / 2;
    for (let chroma = 1; ; chroma -= 1 / 64) {
      const linear = times(
        fromCone,
        cone.map((c) => (l + chroma * (c - lightness)) ** 3),
      );
      result = rgba(...(linear.map(toChannel) as [number, number, number]));
      if (chroma <= 0 || linear.every((c) => c >= 0 && c <= 1)) break;
    }
    if (luminance(result) < target) low = l;
    else high = l;
  }
  return result;
}

/**
 * `colour` itself when it has `ratio` against `background`, else the colour of the same hue,
 * lighter or darker, that just has it. It stays on its side of the background when that side can
 * reach `ratio`; any background has at least 4.58:1 with black or with white, so 4.5:1 always can.
 */
export function ensureContrast(colour: Rgba, background: Rgba, ratio: number): Rgba {
  const behind = luminance(background) + 0.05;
  const lighter = luminance(colour) + 0.05 > behind;
  const up = lighter ? 1.05 / behind >= ratio : behind / 0.05 < ratio;
  let result = colour;
  // The goal grows past `ratio` only when the 8-bit colour fell just short of it.
  for (let goal = ratio; goal < 22 && contrastRatio(result, background) < ratio; goal += 0.02)
    result = withLuminance(colour, up ? Math.min(1, behind * goal - 0.05) : Math.max(0, behind / goal - 0.05));
  return result;
}

/**
 * The palette made readable: text at 4.5:1 and borders at 3:1 against the backgrounds they sit on
 * (WCAG 1.4.3, 1.4.11). Backgrounds (surface, bot bubble, choice hover) stay as they are, and so
 * does every colour that already passes (the same object). The accent is text on the surface (a
 * choice's label, a link), on a hovered choice and on a status, and the background of the text on
 * it: that text is the host's `accentText` when it gave one, else white or a near-black of the
 * accent's hue, whichever contrasts more.
 */
export function readablePalette(palette: Palette, accentText?: Rgba): Palette {
  const { surface, 'bot-bubble': bubble, 'choice-hover': hover } = palette;
  const fix = (colour: Rgba, ratio: number, ...backgrounds: Rgba[]) =>
    backgrounds.reduce((fixed, background) => ensureContrast(fixed, background, ratio), colour);
  const accent = fix(palette.accent, 4.5, surface, hover, bubble);
  const onAccent =
    accentText ?? (contrastRatio(WHITE, accent) < contrastRatio(BLACK, accent) ? withLuminance(accent, 0.01) : WHITE);
  return {
    ...palette,
    accent,
    'accent-text': fix(onAccent, 4.5, accent),
    text: fix(palette.text, 4.5, surface, bubble),
    muted: fix(palette.muted, 4.5, surface, bubble),
    border: fix(palette.border, 3, surface),
    danger: fix(palette.danger, 4.5, surface),
  };
}

let pixel: CanvasRenderingContext2D | undefined;

/** Any CSS colour the browser can paint, as sRGB: painted over `under` (so translucency counts), then read. */
function painted(colour: string, under: string): Rgba {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  for (const fill of [under, colour]) {
    pixel.fillStyle = fill;
    pixel.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = pixel.getImageData(0, 0, 1, 1).data;
  return rgba(r!, g!, b!);
}

const css = ({ r, g, b }: Rgba) => `rgb(${r}, ${g}, ${b})`;

/**
 * Applies readablePalette() to the launcher and the panel when the host set any colour: each
 * `--_<name>` it changed is set inline on both (CSSOM, so a strict CSP allows it), the rest is
 * left to the styles. Colours are read where they are used, so a `var()` or `light-dark()` in a
 * host's value is resolved for the scheme, and painted, so any CSS colour syntax is understood.
 * A surface the host set decides the scheme (the `dark` class) of the colours it did not set.
 */
export function readableTheme(host: Element, { launcher, panel }: Pick<PanelFrame, 'launcher' | 'panel'>): void {
  const elements = [launcher, panel];
  for (const element of elements) for (const name of themeColours) element.style.removeProperty(`--_${name}`);
  const given = getComputedStyle(host);
  const set = (name: string) => given.getPropertyValue(`--wallet-support-${name}`).trim();
  if (!themeColours.some(set)) return;
  warnOnceShown(panel);
  const style = getComputedStyle(launcher);
  const read = (name: string, under = 'white') => {
    launcher.style.color = `var(--_${name})`;
    return painted(style.color, under);
  };
  // A host's surface decides which theme's defaults go with it: a light one takes the light theme's.
  const surfaceIsDark = contrastRatio(WHITE, read('surface')) > contrastRatio(BLACK, read('surface'));
  if (set('surface')) for (const element of elements) element.classList.toggle('dark', surfaceIsDark);
  const surface = css(read('surface'));
  const palette = Object.fromEntries(themeColours.map((name) => [name, read(name, surface)])) as Palette;
  launcher.style.removeProperty('color');
  const readable = readablePalette(palette, set('accent-text') ? palette['accent-text'] : undefined);
  for (const name of themeColours)
    if (readable[name] !== palette[name])
      for (const element of elements) element.style.setProperty(`--_${name}`, css(readable[name]));
}

const warned = new WeakSet<Element>();

/**
 * Tells the host, once per widget and once the first bubble shows (its text and background are
 * then on screen to measure), what {@link lowContrastParts} finds (WCAG 1.4.3).
 */
function warnOnceShown(panel: Element): void {
  if (warned.has(panel)) return;
  warned.add(panel);
  const check = () => {
    if (!panel.querySelector('.bot .bubble')?.getClientRects().length) return false;
    observer.disconnect();
    const problems = lowContrastParts(panel.getRootNode() as ShadowRoot);
    if (problems.length)
      console.warn(`<wallet-support>: text contrast below 4.5:1 with this theme: ${problems.join(', ')}`);
    return true;
  };
  const observer = new MutationObserver(check);
  if (!check()) observer.observe(panel, { childList: true, subtree: true, attributes: true });
}
