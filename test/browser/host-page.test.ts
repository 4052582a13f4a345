/**
 * The widget on pages it does not control: hostile CSS, two instances, the bundle loaded twice,
 * host theming, and the page's language. This file imports the widget only inside its first test,
 * so it can see exactly which globals and prototype members the widget adds.
 */
import { expect } from '@esm-bundle/chai';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

const prototypes = {
  Object: Object.prototype,
  Function: Function.prototype,
  Array: Array.prototype,
  String: String.prototype,
  Promise: Promise.prototype,
  EventTarget: EventTarget.prototype,
  Node: Node.prototype,
  Element: Element.prototype,
  HTMLElement: HTMLElement.prototype,
  Document: Document.prototype,
  ShadowRoot: ShadowRoot.prototype,
};
const membersOf = () =>
  Object.fromEntries(
    Object.entries(prototypes).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()]),
  );

// Taken before anything of the widget is loaded.
const globalsBefore = new Set(Object.getOwnPropertyNames(window));
const membersBefore = membersOf();

/** What Lit itself puts on window (version arrays, decorator metadata; warnings in dev builds). */
const LIT_GLOBALS =
  /^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|litIssuedWarnings)$/;
/** The test runner's own, added after this module ran. */
const RUNNER_GLOBALS = /^__WTR_/;

const mounted: HTMLElement[] = [];

async function mount(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  await Promise.all([...container.querySelectorAll('wallet-support')].map((element) => element.updateComplete));
  return container;
}

async function widgetIn(markup: string): Promise<{ element: WalletSupport; widget: WidgetHarness }> {
  const container = await mount(markup);
  const element = container.querySelector('wallet-support')!;
  return { element, widget: new WidgetHarness(element) };
}

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('on a host page', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  afterEach(() => {
    for (const container of mounted.splice(0)) container.remove();
  });

  it('adds no global but Lit’s and patches no prototype, through a whole conversation', async () => {
    await import('../../src/index.js');
    const { widget } = await widgetIn('<wallet-support lang="en"></wallet-support>');
    await widget.open();
    await widget.click('A payment failed');
    await widget.answer('Insufficient funds (51)');
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    // A free-text time loads the time parser (chrono-node): its globals would count too.
    await widget.toTicketForm({ occurredAt: 'yesterday at 3pm', amount: '¥1,299.50', paymentMethod: 'Debit card' });
    const added = Object.getOwnPropertyNames(window).filter(
      (name) => !globalsBefore.has(name) && !RUNNER_GLOBALS.test(name),
    );
    expect(
      added.filter((name) => !LIT_GLOBALS.test(name)),
      'globals added',
    ).to.deep.equal([]);
    expect(
      added.some((name) => LIT_GLOBALS.test(name)),
      'Lit’s version arrays (the check sees additions)',
    ).to.equal(true);
    expect(membersOf()).to.deep.equal(membersBefore);
  });

  it('survives the bundle being loaded a second time', async () => {
    const defined = customElements.get('wallet-support');
    // A query string makes the browser evaluate each module again, as a second script tag would.
    const loadAgain = (path: string): Promise<unknown> => import(/* @vite-ignore */ `${path}?second-copy`);
    const fetched: string[] = [];
    const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    await loadAgain('../../src/index.ts');
    await loadAgain('../../src/widget/conversation.ts');
    await loadAgain('../../src/widget/ticket-form.ts');
    await until(() => fetched.filter((url) => url.endsWith('?second-copy')).length === 3, 'the copies to be fetched');
    observer.disconnect();
    expect(customElements.get('wallet-support')).to.equal(defined);
    const { widget } = await widgetIn('<wallet-support lang="en"></wallet-support>');
    await widget.open();
    expect(widget.messages().length).to.be.greaterThan(0);
  });

  it('runs two instances side by side, each with its own conversation', async () => {
    const container = await mount(`
      <wallet-support lang="en" id="first"></wallet-support>
      <wallet-support lang="zh-CN" id="second" problem="payment-failed"
        occurred-at="2026-11-26T15:00:00+08:00" style="--wallet-support-inset-inline: 200px"></wallet-support>`);
    const [first, second] = [...container.querySelectorAll('wallet-support')] as WalletSupport[];
    const one = new WidgetHarness(first!);
    const two = new WidgetHarness(second!);
    const firstEvents = recordEvents(first!, ['wallet-support-step', 'wallet-support-close']);
    await one.open();
    await two.open();
    await one.click('A payment failed');
    await two.answer('余额不足 (51)');
    expect(one.lastBotText()).to.match(/What did the error message say/);
    expect(two.log.textContent).to.contain('余额不足');
    expect(two.lastBotText()).to.match(/这样能解决问题吗/);
    expect(one.messages().some((message) => message.text === '余额不足 (51)')).to.equal(false);
    expect(two.messages().some((message) => message.text === 'A payment failed')).to.equal(false);
    expect(firstEvents.every((event) => event.target === first)).to.equal(true);
    await two.click('关闭');
    expect(first!.open).to.equal(true);
    expect(second!.open).to.equal(false);
    expect(firstEvents.filter((event) => event.type === 'wallet-support-close')).to.have.length(0);
  });

  it('is not bent by hostile page CSS (all: unset, tiny root font, white text, line-height 3)', async () => {
    // "Something else": after the description the time is asked, so the log has a user bubble and the answer box stays.
    const { element, widget } = await widgetIn('<wallet-support lang="en" problem="other"></wallet-support>');
    await widget.open();
    await widget.answer('The order says unpaid');
    await until(() => widget.step === 'askingTicketTime', 'the time question');
    await Promise.all(widget.root.getAnimations().map((animation) => animation.finished));
    const measure = () => {
      const parts = {
        launcher: widget.root.querySelector('.launcher')!,
        panel: widget.root.querySelector('.panel')!,
        title: widget.root.querySelector('.title')!,
        botBubble: widget.root.querySelector('.bot .bubble')!,
        userBubble: widget.root.querySelector('.user .bubble')!,
        answerBox: widget.root.querySelector('.composer textarea')!,
        send: widget.root.querySelector('[part=send-button]')!,
      };
      return Object.fromEntries(
        Object.entries(parts).map(([name, node]) => {
          const style = getComputedStyle(node);
          const rect = node.getBoundingClientRect();
          return [
            name,
            {
              color: style.color,
              background: style.backgroundColor,
              font: `${style.fontSize} ${style.fontWeight} ${style.fontFamily}`,
              lineHeight: style.lineHeight,
              letterSpacing: style.letterSpacing,
              position: style.position,
              display: style.display,
              box: [rect.width, rect.height].map(Math.round),
            },
          ];
        }),
      );
    };
    const clean = measure();
    expect(clean.botBubble!.font).to.match(/^15px 400 /);
    expect(clean.botBubble!.lineHeight).to.equal('22.5px');
    const hostile = addStyle(`
      * { all: unset; }
      html { font-size: 8px; }
      body { color: white; line-height: 3; letter-spacing: 4px; font: italic 30px serif; }
      wallet-support { color: red; font-size: 40px; line-height: 5; }`);
    try {
      expect(measure()).to.deep.equal(clean);
      expect(element.open).to.equal(true);
    } finally {
      hostile.remove();
    }
  });

  it('takes the documented custom properties', async () => {
    const { widget } = await widgetIn(`<wallet-support lang="en" style="
      --wallet-support-accent: rgb(0, 100, 0); --wallet-support-accent-text: rgb(255, 255, 240);
      --wallet-support-surface: rgb(250, 250, 240); --wallet-support-text: rgb(10, 20, 30);
      --wallet-support-radius: 3px; --wallet-support-font: Georgia, serif; --wallet-support-z-index: 7;
      --wallet-support-inset-block: 50px; --wallet-support-inset-inline: 100px"></wallet-support>`);
    await widget.open();
    const launcher = getComputedStyle(widget.root.querySelector('.launcher')!);
    const panel = getComputedStyle(widget.root.querySelector('.panel')!);
    expect([launcher.backgroundColor, launcher.color, launcher.zIndex, launcher.fontFamily]).to.deep.equal([
      'rgb(0, 100, 0)',
      'rgb(255, 255, 240)',
      '7',
      'Georgia, serif',
    ]);
    expect([panel.backgroundColor, panel.color, panel.borderTopLeftRadius]).to.deep.equal([
      'rgb(250, 250, 240)',
      'rgb(10, 20, 30)',
      '3px',
    ]);
    const rect = widget.root.querySelector('.launcher')!.getBoundingClientRect();
    expect(Math.round(innerWidth - rect.right)).to.equal(100);
    expect(Math.round(innerHeight - rect.bottom)).to.equal(50);
  });

  it('exposes every documented part to ::part() styling', async () => {
    const names = [
      'launcher',
      'panel',
      'header',
      'log',
      'message',
      'bubble',
      'choices',
      'composer',
      'send-button',
      'ticket-form',
    ];
    const probe = addStyle(names.map((name) => `wallet-support::part(${name}) { scroll-margin-top: 7px; }`).join('\n'));
    try {
      const { widget } = await widgetIn('<wallet-support lang="en"></wallet-support>');
      const styled = new Set<string>();
      const collect = () => {
        for (const node of widget.root.querySelectorAll('[part]')) {
          if (getComputedStyle(node).scrollMarginTop === '7px')
            node
              .getAttribute('part')!
              .split(' ')
              .forEach((part) => styled.add(part));
        }
      };
      await widget.open();
      await widget.click('A payment failed');
      collect();
      await widget.answer('Insufficient funds (51)');
      await widget.click('No, I still need help');
      await widget.click('None of these, contact support');
      await widget.toTicketForm({ occurredAt: 'just now', amount: '¥1,299.50', paymentMethod: 'Wallet balance' });
      collect();
      expect([...styled].sort()).to.deep.equal([...names].sort());
    } finally {
      probe.remove();
    }
  });

  it('reflects theme="dark" and follows it', async () => {
    const { element, widget } = await widgetIn('<wallet-support lang="en"></wallet-support>');
    const launcher = widget.root.querySelector('.launcher')!;
    const light = getComputedStyle(launcher).backgroundColor;
    element.theme = 'dark';
    await element.updateComplete;
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(launcher).backgroundColor).to.not.equal(light);
  });

  for (const [lang, help, title, close] of [
    ['zh-TW', '協助', '付款協助', '關閉'],
    ['zh-HK', '協助', '付款協助', '關閉'],
    ['zh-CN', '帮助', '支付帮助', '关闭'],
    ['en', 'Help', 'Payment help', 'Close'],
  ] as const) {
    it(`speaks the page's language: ${lang}`, async () => {
      const container = await mount(`<section lang="${lang}"><wallet-support></wallet-support></section>`);
      const widget = new WidgetHarness(container.querySelector('wallet-support')!);
      expect(widget.byRole('button', help)).to.have.length(1);
      (await widget.button(help)).click();
      await until(() => widget.byRole('dialog').length, 'the panel');
      expect(widget.root.getElementById('title')!.textContent).to.equal(title);
      expect(widget.byRole('button', close)).to.have.length(1);
    });
  }

  for (const [lang, amount, time] of [
    ['zh-CN', '¥1,299.50', /2026年11月26日/],
    ['zh-TW', 'CN¥1,299.50', /2026年11月26日/],
    ['en', 'CN¥1,299.50', /Nov 26, 2026/],
  ] as const) {
    it(`shows the ticket's amount and time the ${lang} way`, async () => {
      const { widget } = await widgetIn(`<wallet-support lang="${lang}" problem="payment-failed" amount="1299.50"
        occurred-at="2026-11-26T12:00:00+08:00" error-message="limit 61" payment-method="credit-card"></wallet-support>`);
      await widget.open();
      for (let step = 0; step < 8 && !widget.root.querySelector('.ticket-form'); step++) {
        const giveUp = widget
          .byRole('button')
          .find(
            (button) =>
              /^(No|None|未解决|都不是|不是|沒有解決|未解決|都不是)/.test(button.textContent!.trim()) &&
              !(button as HTMLButtonElement).disabled,
          );
        if (!giveUp) break;
        giveUp.click();
        await widget.settle();
      }
      // The host gave the time, the amount and how it was paid: the way to the ticket asks nothing.
      expect((await widget.toTicketForm()).asked).to.deep.equal([]);
      const preview = await until(() => widget.root.querySelector('.preview dl'), 'the ticket preview');
      const text = preview.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(amount);
      expect(text).to.match(time);
    });
  }
});
