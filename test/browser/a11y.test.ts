import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { backgroundBehind, contrastRatio, lowContrastParts, parseColor } from '../../src/widget/internal/contrast.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { loadAxe, settleAnimations, WCAG_TAGS } from './axe.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

const DESKTOP = { width: 1024, height: 768 };

/** axe (WCAG 2.0-2.2 A/AA rules) finds nothing in the widget, shadow tree included. */
async function expectAccessible(element: WalletSupport, state: string): Promise<void> {
  await settleAnimations(element.shadowRoot!);
  const axe = await loadAxe();
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const found = results.violations.map(
    (rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' > ')).join(', ')}`,
  );
  expect(found, `axe violations when ${state}`).to.deep.equal([]);
  expect(results.passes.length, 'axe checked something').to.be.greaterThan(0);
}

/** Pointer targets are at least 24×24 CSS px (WCAG 2.5.8); links inside a sentence are exempt. */
function smallTargets(element: WalletSupport): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, select, summary, a[href]')]
    .filter((target) => target.getClientRects().length > 0 && !target.closest('.bubble'))
    .map((target) => ({ target, rect: target.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < 24 || rect.height < 24)
    .map(
      ({ target, rect }) =>
        `${target.tagName.toLowerCase()} "${target.textContent?.trim()}" ${rect.width}×${rect.height}`,
    );
}

/** Text of every visible leaf in the widget whose contrast with what is behind it is under 4.5:1. */
function lowContrastText(element: WalletSupport): string[] {
  const problems: string[] = [];
  for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const ownText = [...node.childNodes].some(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim(),
    );
    if (!ownText || !node.getClientRects().length || node.closest('.visually-hidden')) continue;
    const colour = parseColor(getComputedStyle(node).color);
    if (!colour) continue;
    const ratio = contrastRatio(colour, backgroundBehind(node));
    if (ratio < 4.5)
      problems.push(
        `${node.tagName.toLowerCase()}.${node.className} "${node.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}`,
      );
  }
  return problems;
}

/** Borders that identify a control (text fields, choice buttons) reach 3:1 (WCAG 1.4.11). */
function faintControls(element: WalletSupport): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('textarea, input, .choices button:not([disabled])')]
    .filter((control) => control.getClientRects().length > 0)
    .map((control) => ({
      control,
      ratio: contrastRatio(
        parseColor(getComputedStyle(control).borderTopColor)!,
        backgroundBehind(control.parentElement!),
      ),
    }))
    .filter(({ ratio }) => ratio < 3)
    .map(({ control, ratio }) => `${control.tagName.toLowerCase()} border ${ratio.toFixed(2)}`);
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function nameOf(element: Element | null): string {
  if (!element) return '';
  const labelled = element.id && (element.getRootNode() as ShadowRoot).querySelector(`label[for="${element.id}"]`);
  return (labelled ? labelled.textContent : element.textContent)?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The focus indicator is an outline of at least 2px with 3:1 against what surrounds it (2.4.7, 1.4.11). */
function expectVisibleFocus(element: Element): void {
  // A date field's focus sits in its (UA) segments: the input matches only :focus-within.
  expect(element.matches(':focus-visible, input:focus-within'), `${nameOf(element)} shows focus`).to.equal(true);
  const style = getComputedStyle(element);
  expect(style.outlineStyle, `${nameOf(element)} outline`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `${nameOf(element)} outline width`).to.be.at.least(2);
  const behind = backgroundBehind(element.parentElement ?? (element.getRootNode() as ShadowRoot).host);
  const ratio = contrastRatio(parseColor(style.outlineColor)!, behind);
  expect(ratio, `${nameOf(element)} focus ring contrast`).to.be.at.least(3);
}

/** Presses Tab until focus is on what `matches` accepts, checking every focus stop is visible. */
async function tabTo(matches: (element: Element) => boolean, what: string, shift = false): Promise<Element> {
  const stops: string[] = [];
  for (let presses = 0; presses < 40; presses++) {
    await sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
    const active = deepActive();
    stops.push(`${active?.tagName} ${nameOf(active)}`);
    if (active && active !== document.body) expectVisibleFocus(active);
    if (active && matches(active)) return active;
  }
  throw new Error(`Could not Tab to ${what}; went through ${stops.join(' / ')}`);
}

const named = (name: string | RegExp) => (element: Element) =>
  typeof name === 'string' ? nameOf(element) === name : name.test(nameOf(element));

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

describe('accessibility', () => {
  before(async () => {
    await setViewport(DESKTOP);
    // The time parser is a lazy chunk; fetch it once so a cold dev server does not eat an answer's timeout.
    await import('../../src/diagnose/time.js');
  });

  // Each test starts a fresh conversation: none restored from an earlier test, no queued ticket.
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  afterEach(async () => {
    await setViewport(DESKTOP);
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('sees violations inside the shadow root (so a clean run means something)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button></button><img src="data:,">';
    const axe = await loadAxe();
    const results = await axe.run(host, { runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(results.violations.map((rule) => rule.id)).to.include.members(['button-name', 'image-alt']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violation, no small target and no low-contrast text in any state (${theme} theme)`, async () => {
      const element = await fixture<WalletSupport>(html`<wallet-support lang="en" theme=${theme}></wallet-support>`);
      const widget = new WidgetHarness(element);
      const check = async (state: string) => {
        await expectAccessible(element, state);
        expect(smallTargets(element), `small targets when ${state}`).to.deep.equal([]);
        expect(lowContrastText(element), `low contrast when ${state}`).to.deep.equal([]);
        expect(faintControls(element), `faint controls when ${state}`).to.deep.equal([]);
      };
      await check('closed');
      await widget.open();
      await check('open');
      await widget.click('A payment failed');
      await check('asking a question');
      // An error that only hints at a cause: "It looks like X. Is that it?"
      await widget.answer('Declined');
      expect(widget.lastBotText()).to.match(/It looks like .*Is that it\?/);
      await check('asking to confirm a suspected cause');
      await widget.click("Yes, that's it");
      await check('showing a fix');
      await widget.click('No, I still need help');
      await check('offering other causes');
      await widget.click('Not enough balance');
      await widget.click('No, I still need help');
      expect(widget.step).to.equal('offeringTicket');
      await check('offering the ticket first, after two fixes');
      await widget.click('Contact support');
      await until(() => widget.step === 'askingTicketTime', 'the time question on the way to the ticket');
      expect(widget.byRole('button', "I don't remember")).to.have.length(1);
      await check('asking the time, with quick answers, "I don\'t remember" and the date-time picker');
      await widget.click("I don't remember");
      await until(() => widget.step === 'askingTicketAmount', 'the amount question');
      await widget.answer('about 3');
      await until(() => widget.byRole('button', '¥3.00').length === 1, 'the "Did you mean ¥3.00?" offer');
      expect(widget.lastBotText()).to.match(/Did you mean ¥3\.00\?/);
      await check('offering "¥3.00" for an unclear amount');
      await widget.click('¥3.00');
      await until(() => widget.step === 'askingTicketPaymentMethod', 'the payment method question');
      expect(widget.byRole('button', 'e-CNY wallet')).to.have.length(1);
      await check('asking how it was paid');
      await widget.click('Debit card');
      await until(() => widget.byRole('form', 'Support ticket')[0], 'the ticket form');
      widget.root.querySelector('details')!.open = true;
      await check('reviewing the ticket');
      await widget.click('Submit');
      await check('showing field errors');
      (widget.byRole('textbox', 'Contact')[0] as HTMLInputElement).value = 'li.lei@example.com';
      await widget.click('Submit');
      await until(() => widget.root.querySelector('.ticket-status'), 'the ticket status');
      await check('ticket sent');

      // A fresh conversation for the states the first one did not pass.
      await widget.click('Start over');
      await widget.click('A payment failed');
      await widget.click('No message was shown');
      await check('offering the symptoms');
      await widget.click('Back');
      await widget.answer('Already registered');
      await until(() => widget.byRole('button', 'Send a ticket to support').length === 1, 'the explanation');
      await check('explaining a cause this flow cannot fix, with "Send a ticket to support"');
    });
  }

  it('has no axe violation when delivery fails and the fallbacks show', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="zh-CN"
        problem="payment-failed"
        amount="10"
        occurred-at="2026-11-26T15:00:00+08:00"
        error-message="余额不足 (51)"
        ticket-endpoint="/no-such-endpoint"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.click('未解决');
    await widget.click(/联系客服/);
    // The host gave the time and the amount; how it was paid is not remembered.
    expect((await widget.toTicketForm()).asked).to.deep.equal(['paymentMethod']);
    (widget.byRole('textbox', '联系方式')[0] as HTMLInputElement).value = 'li.lei@example.com';
    await widget.click('提交');
    await until(() => widget.root.querySelector('.ticket-status'), 'the ticket status');
    await expectAccessible(element, 'delivery failed');
    expect(smallTargets(element)).to.deep.equal([]);
  });

  it('keeps the default themes at 4.5:1, also when dark comes from prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await fixture<WalletSupport>(
      html`<wallet-support lang="en" problem="payment-failed"></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    const panel = widget.root.querySelector('.panel')!;
    expect(parseColor(getComputedStyle(panel).backgroundColor), 'dark surface').to.deep.equal({
      r: 27,
      g: 31,
      b: 36,
      a: 1,
    });
    expect(lowContrastParts(widget.root)).to.deep.equal([]);
    expect(lowContrastText(element)).to.deep.equal([]);
    element.setAttribute('theme', 'light');
    await element.updateComplete;
    expect(parseColor(getComputedStyle(panel).backgroundColor), 'theme="light" wins').to.deep.equal({
      r: 255,
      g: 255,
      b: 255,
      a: 1,
    });
    expect(lowContrastText(element)).to.deep.equal([]);
  });

  it('has the log in the page a frame before its first message, and only adds to it', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    let frame = 0;
    let running = true;
    const tick = () => {
      frame++;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const seen: { log?: number; message?: number } = {};
    const observer = new MutationObserver(() => {
      if (seen.log === undefined && widget.root.querySelector('[role=log]')) seen.log = frame;
      if (seen.message === undefined && widget.root.querySelector('[role=log] .message')) seen.message = frame;
    });
    observer.observe(widget.root, { childList: true, subtree: true });
    await widget.open();
    observer.disconnect();
    running = false;
    expect(seen.log, 'log shown').to.be.a('number');
    expect(seen.message!, 'first message after the log was painted').to.be.greaterThan(seen.log!);

    const log = widget.log;
    expect(log.getAttribute('aria-live')).to.equal('polite');
    expect(log.getAttribute('aria-relevant')).to.equal('additions');
    const before = [...log.querySelectorAll('.message')];
    const removed: Node[] = [];
    const changed: Node[] = [];
    const logObserver = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') changed.push(record.target);
        removed.push(...[...record.removedNodes].filter((node) => node.nodeType === Node.ELEMENT_NODE));
      }
    });
    logObserver.observe(log, { childList: true, subtree: true, characterData: true });
    await widget.click('A payment failed');
    logObserver.takeRecords();
    logObserver.disconnect();
    const after = [...log.querySelectorAll('.message')];
    expect(after.slice(0, before.length), 'earlier messages are the same nodes').to.deep.equal(before);
    expect(after.length).to.be.greaterThan(before.length);
    expect(removed, 'nothing removed from the log').to.deep.equal([]);
    expect(
      changed.filter((node) => before.some((message) => message.contains(node))),
      'history not rewritten',
    ).to.deep.equal([]);
  });

  it('moves focus into the conversation on open, and back to the launcher on Close and on Escape', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support
        lang="en"
        problem="payment-failed"
        occurred-at="2026-11-26T15:00:00+08:00"
      ></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    const launcher = (await widget.button('Help')) as HTMLElement;
    launcher.focus();
    await press('Enter');
    const box = await until(
      () => deepActive()?.matches('.composer textarea') && deepActive(),
      'focus in the answer box',
    );
    expect(nameOf(box)).to.equal(
      'Sorry your payment did not go through. What did the error message say? You can paste it as it was shown.',
    );

    await press('Escape');
    await until(() => !element.open, 'the panel to close');
    expect(deepActive()).to.equal(launcher);

    await press('Enter');
    await until(() => deepActive()?.matches('.composer textarea'), 'focus back in the answer box');
    (await widget.button('Close')).click();
    await until(() => !element.open, 'the panel to close');
    expect(deepActive()).to.equal(launcher);
  });

  it('does not take focus back from the page when the bot replies', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <input aria-label="Search the shop" />
        <wallet-support lang="en" problem="payment-failed" occurred-at="2026-11-26T15:00:00+08:00"></wallet-support>
      </div>`,
    );
    const element = page.querySelector('wallet-support')!;
    const search = page.querySelector('input')!;
    const widget = new WidgetHarness(element);
    await widget.open();
    const box = widget.root.querySelector<HTMLTextAreaElement>('.composer textarea')!;
    expect(widget.lastBotText()).to.match(/error message/);
    box.value = 'Insufficient funds (51)';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    box.form!.requestSubmit();
    search.focus();
    await until(() => /Did this solve it/.test(widget.lastBotText()), 'the fix');
    await widget.settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).to.equal(search);
  });

  it('keeps focus in the answer box from one question to the next, never on a message', async () => {
    // "Something else": a description, then the time and the amount, each in the answer box.
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="other"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    const box = await until(
      () => deepActive()?.matches('.composer textarea') && deepActive(),
      'focus in the answer box',
    );
    await sendKeys({ type: 'The order says unpaid' });
    await press('Enter');
    await until(() => widget.step === 'askingTicketTime', 'the time question');
    await widget.settle();
    expect(deepActive()).to.equal(box);
    await sendKeys({ type: '2026-11-26T15:00:00+08:00' });
    await press('Enter');
    await until(() => /What was the amount/.test(widget.lastBotText()), 'the amount question');
    await widget.settle();
    expect(deepActive()).to.equal(box);
    expect(widget.log.contains(deepActive())).to.equal(false);
  });

  it('lets a keyboard-only user go from the launcher to a submitted ticket', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    const events = recordEvents(element, ['wallet-support-ticket']);
    const answerBoxFocused = () => until(() => deepActive()?.matches('.composer textarea'), 'focus in the answer box');
    const botSays = (pattern: RegExp) =>
      until(() => pattern.test(widget.lastBotText()), `the bot to say ${pattern}`).catch((error) => {
        throw new Error(`${error}; it said ${JSON.stringify(widget.messages().map((m) => m.text.slice(0, 50)))}`);
      });
    const choose = async (name: string | RegExp) => {
      const start = await until(() => deepActive()?.closest('.current, .composer'), 'focus in the prompt');
      // The choices come before the answer box: from there, go back.
      if (!named(name)(deepActive()!)) await tabTo(named(name), String(name), start.matches('.composer'));
      await press('Enter');
      await widget.settle();
    };

    await tabTo(named('Help'), 'the launcher');
    await press('Enter');
    await choose('A payment failed');
    await answerBoxFocused();
    await botSays(/error message/);
    await sendKeys({ type: 'Insufficient funds (51)' });
    await press('Enter');
    await botSays(/Did this solve it/);
    await choose('No, I still need help');
    await choose('None of these, contact support');
    await botSays(/when did it happen/);
    await answerBoxFocused();
    await sendKeys({ type: '2026-11-26T15:00:00+08:00' });
    await press('Enter');
    await botSays(/What was the amount/);
    // A quick answer, reached from the answer box by keyboard.
    await choose("I don't remember");
    await botSays(/What did you pay with/);
    await choose('Debit card');

    await until(() => deepActive()?.matches('.ticket-form input'), 'focus in the ticket form');
    await tabTo(named('Contact'), 'the contact field');
    await sendKeys({ type: 'li.lei@example.com' });
    await tabTo(named('Submit'), 'Submit');
    await press('Enter');
    const ticket = await until(() => events[0], 'the ticket');
    expect(ticket.detail.ticket.contact).to.deep.equal({ email: 'li.lei@example.com' });
    await until(() => deepActive()?.closest('.ticket-status, .footer'), 'focus on the outcome');

    await press('Escape');
    await until(() => !element.open, 'the panel to close');
    expect(nameOf(deepActive())).to.equal('Help');
  });

  it('does not trap focus on a desktop: Tab leaves the panel for the page', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><wallet-support lang="en"></wallet-support><button>After the widget</button></div>`,
    );
    const widget = new WidgetHarness(page.querySelector('wallet-support')!);
    await widget.open();
    const panel = widget.root.querySelector('dialog')!;
    expect(panel.matches(':modal')).to.equal(false);
    // The panel's last control.
    (await widget.button('Delete my data')).focus();
    await press('Tab');
    expect(document.activeElement?.textContent).to.equal('After the widget');
  });

  for (const [what, viewport] of [
    ['320 px wide', { width: 320, height: 640 }],
    ['zoomed to 200% (1280×720)', { width: 640, height: 360 }],
  ] as const) {
    it(`fills the screen as a modal dialog when ${what}`, async () => {
      await setViewport(viewport);
      const page = await fixture<HTMLDivElement>(
        html`<div><wallet-support lang="en"></wallet-support><button>After the widget</button></div>`,
      );
      const element = page.querySelector('wallet-support')!;
      const widget = new WidgetHarness(element);
      await widget.open();
      await settleAnimations(element.shadowRoot!);
      const panel = widget.root.querySelector('dialog')!;
      const rect = panel.getBoundingClientRect();
      expect([rect.left, rect.top, rect.width, rect.height]).to.deep.equal([0, 0, viewport.width, viewport.height]);
      expect(panel.matches(':modal'), 'modal').to.equal(true);
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(viewport.width);
      (await widget.button('Start over')).focus();
      await press('Tab');
      expect(document.activeElement?.textContent, 'the page behind is inert').not.to.equal('After the widget');
      await expectAccessible(element, `full-screen (${what})`);
      await press('Escape');
      await until(() => !element.open, 'Escape to close the modal panel');
      expect(nameOf(deepActive())).to.equal('Help');
    });
  }

  it('goes from floating to full-screen and back without losing focus when the window is resized', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support lang="en" problem="payment-failed"></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    const box = await until(
      () => deepActive()?.matches('.composer textarea') && deepActive(),
      'focus in the answer box',
    );
    const panel = widget.root.querySelector('dialog')!;
    await setViewport({ width: 320, height: 640 });
    await until(() => panel.matches(':modal'), 'the panel to become modal');
    expect(deepActive()).to.equal(box);
    await setViewport(DESKTOP);
    await until(() => !panel.matches(':modal') && panel.open, 'the panel to float again');
    expect(deepActive()).to.equal(box);
    expect(element.open).to.equal(true);
  });

  it('animates the panel and the typing dots only when motion is welcome', async () => {
    const animated = async () => {
      const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
      const widget = new WidgetHarness(element);
      await widget.open();
      const dots = document.createElement('span');
      dots.className = 'dots';
      widget.root.append(dots);
      return {
        panel: getComputedStyle(widget.root.querySelector('.panel')!).animationName,
        dots: getComputedStyle(dots, '::before').animationName,
      };
    };
    expect(await animated(), 'motion welcome').to.deep.equal({
      panel: 'wallet-support-rise',
      dots: 'wallet-support-pulse',
    });
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await animated(), 'reduced motion').to.deep.equal({ panel: 'none', dots: 'none' });
  });
});
