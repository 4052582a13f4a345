/**
 * Issue 15 item 2: a host's brand colour in both themes, and `theme="auto"` respecting the page's
 * `color-scheme`. The widget keeps text at 4.5:1 and controls at 3:1 whatever colours the host
 * sets (src/widget/wallet-support.theme.ts), which axe and direct measurements check here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import {
  backgroundBehind,
  contrastRatio,
  lowContrastParts,
  parseColor,
  type Rgba,
} from '../../src/widget/internal/contrast.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { loadAxe, settleAnimations, WCAG_TAGS } from './axe.js';
import { until, WidgetHarness } from './harness.js';

/** axe's WCAG A/AA rules, color-contrast among them, find nothing, and color-contrast did check. */
async function expectAxeClean(element: WalletSupport, state: string): Promise<void> {
  await settleAnimations(element.shadowRoot!);
  const results = await (await loadAxe()).run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  const found = results.violations.map(
    (rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' > ')).join(', ')}`,
  );
  expect(found, `axe violations when ${state}`).to.deep.equal([]);
  expect(
    results.passes.map((rule) => rule.id),
    `axe measured contrast when ${state}`,
  ).to.include('color-contrast');
}

const colour = (css: string): Rgba => parseColor(css)!;
const style = (element: Element) => getComputedStyle(element);

/** The OKLCH lightness and hue of a computed sRGB colour, as the browser converts it. */
function oklch(rgb: string): { l: number; c: number; h: number } {
  const probe = document.createElement('i');
  document.body.append(probe);
  probe.style.color = `oklch(from ${rgb} l c h)`;
  const [l, c, h] = style(probe)
    .color.match(/[\d.]+/g)!
    .map(Number);
  probe.remove();
  return { l: l!, c: c!, h: h! };
}

/** Every themed pair the issue names, with its contrast. */
async function measure(widget: WidgetHarness) {
  const root = widget.root;
  const launcher = root.querySelector('.launcher')!;
  const header = root.querySelector('.header')!;
  const title = root.querySelector('.title')!;
  const close = root.querySelector('.header button')!;
  const choice = widget.byRole('button').find((b) => b.closest('.choices') && !(b as HTMLButtonElement).disabled)!;
  const userBubble = root.querySelector('.user .bubble')!;
  const botBubble = root.querySelector('.bot .bubble')!;
  const surface = backgroundBehind(choice.parentElement!);
  const pairs = {
    'launcher text': contrastRatio(colour(style(launcher).color), backgroundBehind(launcher)),
    'header text': contrastRatio(colour(style(title).color), backgroundBehind(header)),
    'close button border': contrastRatio(colour(style(close).borderTopColor), backgroundBehind(header)),
    'answer button text': contrastRatio(colour(style(choice).color), backgroundBehind(choice)),
    'answer button border': contrastRatio(colour(style(choice).borderTopColor), surface),
    'user bubble text': contrastRatio(colour(style(userBubble).color), backgroundBehind(userBubble)),
    'bot bubble text': contrastRatio(colour(style(botBubble).color), backgroundBehind(botBubble)),
    'hovered answer button text': 0,
  };
  // The hover background is the one colour only the pointer shows.
  const box = choice.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await until(() => choice.matches(':hover'), 'the answer button to be hovered');
  pairs['hovered answer button text'] = contrastRatio(colour(style(choice).color), backgroundBehind(choice));
  await resetMouse();
  return pairs;
}

function below(pairs: Record<string, number>): string[] {
  return Object.entries(pairs)
    .filter(([name, ratio]) => ratio < (/border/.test(name) ? 3 : 4.5))
    .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
}

/** Opens the panel and answers once: a user bubble, a bot bubble and answer buttons show. */
async function openWithAnswers(element: WalletSupport): Promise<WidgetHarness> {
  const widget = new WidgetHarness(element);
  await widget.open();
  await widget.click('A payment failed');
  await widget.button('No message was shown');
  return widget;
}

const panelBackground = (element: WalletSupport) => style(element.shadowRoot!.querySelector('.panel')!).backgroundColor;
const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(27, 31, 36)';

describe('theme', () => {
  before(async () => {
    await setViewport({ width: 1024, height: 768 });
    // The conversation and the flow are chunks: fetch them once so a cold dev server does not eat a timeout.
    await Promise.all([import('../../src/widget/conversation.js'), import('../../flows/payment-failed.js')]);
  });

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    for (const meta of document.querySelectorAll('meta[name="color-scheme"]')) meta.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('a brand colour', () => {
    // Dark brown (the demo checkout's), pale yellow, mid grey, pure red, a blue darker than the default.
    for (const accent of ['#7a3e12', '#f5d90a', '#777777', '#ff0000', '#0000ff']) {
      for (const theme of ['light', 'dark'] as const) {
        it(`keeps ${accent} readable in the ${theme} theme`, async () => {
          const element = await fixture<WalletSupport>(
            html`<wallet-support lang="en" theme=${theme} style="--wallet-support-accent: ${accent}"></wallet-support>`,
          );
          const widget = await openWithAnswers(element);
          expect(panelBackground(element), 'the theme').to.equal(theme === 'light' ? LIGHT_SURFACE : DARK_SURFACE);
          await expectAxeClean(element, `${accent} in the ${theme} theme`);
          expect(below(await measure(widget))).to.deep.equal([]);
          expect(lowContrastParts(widget.root)).to.deep.equal([]);

          // The accent keeps its hue (when it has one) and moves only in lightness.
          const given = `rgb(${[1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16))})`;
          const shown = style(widget.root.querySelector('.launcher')!).backgroundColor;
          const before = oklch(given);
          const after = oklch(shown);
          if (before.c > 0.05 && after.c > 0.03) {
            const turn = Math.abs(((after.h - before.h + 540) % 360) - 180);
            expect(turn, `hue of ${shown} against ${given}`).to.be.below(8);
          }
          if (theme === 'dark') expect(after.l, 'lightness in the dark theme').to.be.at.least(before.l);
        });
      }
    }

    it('uses the brand colour as given where it contrasts, with text derived for it', async () => {
      const element = await fixture<WalletSupport>(
        html`<wallet-support lang="en" theme="light" style="--wallet-support-accent: #7a3e12"></wallet-support>`,
      );
      const widget = await openWithAnswers(element);
      const launcher = widget.root.querySelector('.launcher')!;
      expect(style(launcher).backgroundColor).to.equal('rgb(122, 62, 18)');
      expect(style(launcher).color).to.equal('rgb(255, 255, 255)');
      const choice = await widget.button('No message was shown');
      expect(style(choice).color).to.equal('rgb(122, 62, 18)');

      // Dark: a lighter brown of the same hue, with dark text on it.
      element.theme = 'dark';
      await element.updateComplete;
      const dark = colour(style(launcher).backgroundColor);
      expect(contrastRatio(dark, colour(DARK_SURFACE))).to.be.at.least(4.5);
      expect(dark.r, 'still brown: red over green').to.be.above(dark.g);
      expect(dark.g, 'still brown: green over blue').to.be.above(dark.b);
      const text = colour(style(launcher).color);
      expect(text.r + text.g + text.b, 'dark text on it').to.be.below(120);
    });

    it('darkens a pale brand colour in the light theme only as far as it must', async () => {
      const element = await fixture<WalletSupport>(
        html`<wallet-support lang="en" theme="light" style="--wallet-support-accent: #f5d90a"></wallet-support>`,
      );
      const widget = await openWithAnswers(element);
      const accent = colour(style(widget.root.querySelector('.launcher')!).backgroundColor);
      // 4.5:1 on a hovered choice (#e8effc) and on a status (#eef1f5), a little more on white.
      expect(contrastRatio(accent, colour('rgb(232, 239, 252)'))).to.be.within(4.5, 4.6);
      expect(contrastRatio(accent, colour(LIGHT_SURFACE))).to.be.within(4.5, 5.5);
    });

    it('never shows an unreadable launcher, not even before the colour code has loaded', async () => {
      const element = await fixture<WalletSupport>(
        html`<wallet-support lang="en" theme="dark" style="--wallet-support-accent: #7a3e12"></wallet-support>`,
      );
      const launcher = element.shadowRoot!.querySelector('.launcher')!;
      const readable = () =>
        contrastRatio(colour(style(launcher).color), colour(style(launcher).backgroundColor)) >= 4.5;
      expect(style(launcher).visibility === 'hidden' || readable(), 'hidden or readable').to.equal(true);
      await until(() => style(launcher).visibility === 'visible', 'the launcher to show');
      expect(readable(), 'readable once shown').to.equal(true);
    });

    it('keeps the default themes exactly as they were when the host sets no colour', async () => {
      for (const [theme, accent, text] of [
        ['light', 'rgb(20, 86, 217)', 'rgb(255, 255, 255)'],
        ['dark', 'rgb(138, 180, 248)', 'rgb(11, 26, 51)'],
      ] as const) {
        const element = await fixture<WalletSupport>(html`<wallet-support lang="en" theme=${theme}></wallet-support>`);
        const launcher = element.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
        const panel = element.shadowRoot!.querySelector<HTMLElement>('.panel')!;
        expect([style(launcher).backgroundColor, style(launcher).color], theme).to.deep.equal([accent, text]);
        expect(launcher.style.length + panel.style.length, 'no inline override').to.equal(0);
      }
    });

    it('follows a host that gives each theme its own colours (light-dark())', async () => {
      const element = await fixture<WalletSupport>(
        html`<wallet-support
          lang="en"
          theme="dark"
          style="--wallet-support-accent: light-dark(#7a3e12, #f0b27a)"
        ></wallet-support>`,
      );
      const launcher = element.shadowRoot!.querySelector('.launcher')!;
      expect(style(launcher).backgroundColor, 'the dark colour, as given').to.equal('rgb(240, 178, 122)');
      element.theme = 'light';
      await element.updateComplete;
      expect(style(launcher).backgroundColor, 'the light colour, as given').to.equal('rgb(122, 62, 18)');
    });
  });

  describe('explicit colours', () => {
    it('adjusts an unreadable pair rather than only warning, and keeps what passes', async () => {
      const element = await fixture<WalletSupport>(
        html`<wallet-support
          lang="en"
          theme="light"
          style="--wallet-support-accent: #ffd60a; --wallet-support-accent-text: #ffffff"
        ></wallet-support>`,
      );
      const widget = await openWithAnswers(element);
      expect(below(await measure(widget))).to.deep.equal([]);
      // Darkening the yellow until it reads on the white surface makes white text readable on it.
      expect(style(widget.root.querySelector('.header')!).color, 'the host text colour kept').to.equal(
        'rgb(255, 255, 255)',
      );
      await expectAxeClean(element, 'white on yellow, adjusted');
    });

    it('keeps a host surface and text readable, with the defaults of the theme that suits the surface', async () => {
      // The console names the host colours it changed; that is another test's subject.
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        for (const theme of ['light', 'dark']) {
          sessionStorage.clear();
          const element = await fixture<WalletSupport>(
            html`<wallet-support
              lang="en"
              theme=${theme}
              style="--wallet-support-surface: #fdf6e3; --wallet-support-text: #93a1a1; --wallet-support-accent: #b58900;
                --wallet-support-bot-bubble: #eee8d5; --wallet-support-border: #eee8d5"
            ></wallet-support>`,
          );
          const widget = await openWithAnswers(element);
          expect(panelBackground(element), 'the host surface, as given').to.equal('rgb(253, 246, 227)');
          // theme="dark" with a light surface: the light theme's hover colour and form controls go with it.
          expect(style(widget.root.querySelector('.panel')!).colorScheme).to.equal('light');
          expect(below(await measure(widget)), theme).to.deep.equal([]);
          await expectAxeClean(element, `a solarized host in the ${theme} theme`);
        }
      } finally {
        console.warn = warn;
      }
    });

    it('tells the host in the console which of its colours it changed, and what stays unreadable', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      const partStyle = document.createElement('style');
      partStyle.textContent = '.unreadable-title::part(header) { color: #ffe066 }';
      document.head.append(partStyle);
      try {
        const element = await fixture<WalletSupport>(
          html`<wallet-support
            class="unreadable-title"
            lang="en"
            theme="light"
            style="--wallet-support-accent: #ffd60a; --wallet-support-accent-text: #ffe066"
          ></wallet-support>`,
        );
        const widget = new WidgetHarness(element);
        await widget.open();
        const launcher = widget.root.querySelector('.launcher')!;
        expect(
          contrastRatio(colour(style(launcher).color), colour(style(launcher).backgroundColor)),
          'the launcher, adjusted',
        ).to.be.at.least(4.5);
        await until(() => warnings.length > 0, 'the contrast warning');
        expect(warnings.join('\n'))
          .to.match(/--wallet-support-accent-text: #ffe066 \(shown as rgb\(/)
          .and.to.match(/\.header \d\.\d+:1/)
          .and.not.to.match(/\.launcher/);
      } finally {
        console.warn = warn;
        partStyle.remove();
      }
    });
  });

  describe('theme="auto" and the page', () => {
    const declare = (how: 'style' | 'meta', scheme: string) => {
      if (how === 'style') document.documentElement.style.colorScheme = scheme;
      else {
        const meta = document.createElement('meta');
        meta.name = 'color-scheme';
        meta.content = scheme;
        document.head.append(meta);
      }
    };
    const widgetOn = async () => {
      const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
      await element.updateComplete;
      return element;
    };

    for (const how of ['style', 'meta'] as const) {
      it(`stays light on a page that declares only light (${how}), even when the user prefers dark`, async () => {
        declare(how, 'light');
        await emulateMedia({ colorScheme: 'dark' });
        expect(panelBackground(await widgetOn())).to.equal(LIGHT_SURFACE);
      });

      it(`follows the user on a page that declares light and dark (${how})`, async () => {
        declare(how, 'light dark');
        await emulateMedia({ colorScheme: 'dark' });
        const element = await widgetOn();
        expect(panelBackground(element)).to.equal(DARK_SURFACE);
        await emulateMedia({ colorScheme: 'light' });
        await until(() => panelBackground(element) === LIGHT_SURFACE, 'the light theme when the user switches');
      });

      it(`is dark on a page that declares only dark (${how}), even when the user prefers light`, async () => {
        declare(how, 'dark');
        expect(panelBackground(await widgetOn())).to.equal(DARK_SURFACE);
      });
    }

    it('follows the user on a page that declares nothing, as before', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(panelBackground(await widgetOn())).to.equal(DARK_SURFACE);
    });

    it("follows a change of the page's color-scheme", async () => {
      await emulateMedia({ colorScheme: 'dark' });
      declare('style', 'light');
      const element = await widgetOn();
      expect(panelBackground(element)).to.equal(LIGHT_SURFACE);
      document.documentElement.style.colorScheme = 'light dark';
      await until(() => panelBackground(element) === DARK_SURFACE, 'the dark theme once the page allows it');
      document.documentElement.style.colorScheme = 'only light';
      await until(() => panelBackground(element) === LIGHT_SURFACE, 'the light theme again');
      declare('meta', 'dark');
      document.documentElement.style.removeProperty('color-scheme');
      await until(() => panelBackground(element) === DARK_SURFACE, 'the dark theme from a meta tag added later');
      document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')!.content = 'light';
      await until(() => panelBackground(element) === LIGHT_SURFACE, 'the light theme when the meta tag changes');
    });

    it('lets theme="light" and theme="dark" win over the page and the user', async () => {
      declare('style', 'dark');
      const light = await fixture<WalletSupport>(html`<wallet-support lang="en" theme="light"></wallet-support>`);
      expect(panelBackground(light)).to.equal(LIGHT_SURFACE);
      document.documentElement.style.colorScheme = 'light';
      const dark = await fixture<WalletSupport>(html`<wallet-support lang="en" theme="dark"></wallet-support>`);
      expect(panelBackground(dark)).to.equal(DARK_SURFACE);
    });

    it('keeps a brand colour readable when the theme follows the page into dark', async () => {
      declare('meta', 'light dark');
      await emulateMedia({ colorScheme: 'dark' });
      const element = await fixture<WalletSupport>(
        html`<wallet-support lang="en" style="--wallet-support-accent: #7a3e12"></wallet-support>`,
      );
      const widget = await openWithAnswers(element);
      expect(panelBackground(element)).to.equal(DARK_SURFACE);
      expect(below(await measure(widget))).to.deep.equal([]);
      await emulateMedia({ colorScheme: 'light' });
      await until(() => panelBackground(element) === LIGHT_SURFACE, 'the light theme');
      expect(style(widget.root.querySelector('.launcher')!).backgroundColor).to.equal('rgb(122, 62, 18)');
      expect(below(await measure(widget))).to.deep.equal([]);
    });
  });
});
