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

function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
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
 * Text/background pairs of the themed chrome whose contrast is below 4.5:1: a host that sets
 * `--wallet-support-*` colours is told (in the console) when its theme makes text hard to read.
 */
export function lowContrastParts(root: ShadowRoot): string[] {
  const problems: string[] = [];
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
