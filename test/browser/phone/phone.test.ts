/**
 * Issue 15, "Phones": the widget on a 390×844 touch screen (the phone group of
 * web-test-runner.config.mjs: a Playwright context with `hasTouch` and `isMobile`). Opening it
 * raises no on-screen keyboard, every control takes a finger (44×44 CSS px), a tap leaves no hover
 * colour behind, and the panel is a bottom sheet under which the page's own message stays in view.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { WalletSupport } from '../../../src/widget/wallet-support.js';
import { settleAnimations } from '../axe.js';
import { until, WidgetHarness } from '../harness.js';

const PHONE = { width: 390, height: 844 };
/** WCAG 2.5.5 (AAA) and the platforms' own guidelines: a fingertip, not a pointer. */
const TARGET = 44;

/** A finger tap at the centre of `target`, through the browser's touch pipeline (touch-command.mjs). */
async function tap(target: Element, offset = { x: 0, y: 0 }): Promise<void> {
  const rect = target.getBoundingClientRect();
  await executeServerCommand('touch:tap', {
    x: Math.round(offset.x + rect.left + rect.width / 2),
    y: Math.round(offset.y + rect.top + rect.height / 2),
  });
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What raises the on-screen keyboard when focused. */
const raisesKeyboard = (element: Element | null) =>
  Boolean(element?.matches('textarea, input:not([type=button], [type=submit], [type=checkbox], [type=radio])'));

const describeElement = (element: Element | null) =>
  element
    ? `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} "${element.textContent?.trim().slice(0, 40)}"`
    : 'nothing';

/** Waits until focus has gone somewhere in the panel (the prompt, or the dialog itself). */
function focusInPanel(widget: WidgetHarness): Promise<Element> {
  const panel = widget.root.querySelector('dialog')!;
  return until(
    () => {
      const active = deepActive();
      return active && (active === panel || panel.contains(active)) && active;
    },
    () => `focus in the panel (it is on ${describeElement(deepActive())})`,
  );
}

/** Every visible control smaller than a fingertip; links inside a sentence are exempt (WCAG 2.5.8). */
function smallTargets(element: WalletSupport): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, summary')]
    .filter((control) => control.getClientRects().length > 0 && !control.closest('.bubble'))
    .map((control) => ({ control, rect: control.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < TARGET - 0.01 || rect.height < TARGET - 0.01)
    .map(({ control, rect }) => `${describeElement(control)} ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
}

/** Every style rule of the widget's shadow root, each with the media conditions it sits in. */
function styleRules(root: ShadowRoot): { selector: string; media: string[] }[] {
  const found: { selector: string; media: string[] }[] = [];
  const walk = (rules: CSSRuleList, media: string[]) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) found.push({ selector: rule.selectorText, media });
      else if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...media, rule.conditionText]);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules, media);
    }
  };
  for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules, []);
  return found;
}

describe('on a phone (390×844, touch)', function () {
  // The first open compiles the conversation chunk and a flow (esbuild, on demand).
  this.timeout(30_000);

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('is a touch screen of a phone: coarse pointer, no hover', () => {
    expect([innerWidth, innerHeight]).to.deep.equal([PHONE.width, PHONE.height]);
    expect(matchMedia('(pointer: coarse)').matches, 'pointer: coarse').to.equal(true);
    expect(matchMedia('(hover: none)').matches, 'hover: none').to.equal(true);
    expect(navigator.maxTouchPoints).to.be.greaterThan(0);
  });

  it('raises no on-screen keyboard: on open, after an answer and after a language switch, focus goes to the prompt', async () => {
    // "Something else": a description (no quick answer), then the time (quick answers beside the box).
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en" problem="other"></wallet-support>`);
    const widget = new WidgetHarness(element);
    // Not even for a moment: a text field focused and blurred again still flashes the keyboard.
    const fieldsFocused: string[] = [];
    widget.root.addEventListener('focusin', (event) => {
      if (raisesKeyboard(event.target as Element)) fieldsFocused.push(describeElement(event.target as Element));
    });
    await tap(await widget.button('Help'));
    await until(() => widget.byRole('log').length > 0 && widget.messages().length > 0, 'the first question', 15_000);
    await widget.settle();
    expect(Boolean(widget.root.querySelector('.composer textarea')), 'a free answer is asked').to.equal(true);
    let focused = await focusInPanel(widget);
    expect(
      focused === widget.root.querySelector('dialog'),
      `on open, focus is on ${describeElement(focused)}`,
    ).to.equal(true);

    await widget.answer('The order says unpaid');
    await until(() => widget.step === 'askingTicketTime', 'the time question');
    await widget.settle();
    // The dialog again, not a quick answer: a tablet's keyboard would press that with a space.
    focused = await focusInPanel(widget);
    expect(
      focused === widget.root.querySelector('dialog'),
      `after an answer, focus is on ${describeElement(focused)}`,
    ).to.equal(true);

    element.lang = 'zh-CN';
    await until(() => /时间|什么时候/.test(widget.lastBotText()), 'the time question in Chinese');
    await widget.settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(
      raisesKeyboard(deepActive()),
      `after a language switch, focus is on ${describeElement(deepActive())}`,
    ).to.equal(false);
    expect(fieldsFocused, 'text fields that took focus').to.deep.equal([]);
  });

  it('puts focus on the dialog, not in the answer box, when a question has no quick answer', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    await widget.click(/^Something else/);
    const focused = await focusInPanel(widget);
    await widget.settle();
    expect(widget.root.querySelectorAll('.current button').length, 'quick answers').to.equal(0);
    expect(
      deepActive() === widget.root.querySelector('dialog'),
      `focus is on ${describeElement(deepActive())}`,
    ).to.equal(true);
    expect(raisesKeyboard(focused)).to.equal(false);
    // Typing is one tap away: the answer box takes focus when the person taps it.
    const box = widget.root.querySelector('.composer textarea')!;
    await tap(box);
    await until(() => deepActive() === box, 'the answer box focused by a tap');
  });

  it('makes every control at least 44×44 CSS px, from the launcher to a failed delivery', async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support lang="en" ticket-endpoint="/no-such-endpoint"></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    const check = async (state: string) => {
      await widget.settle();
      await settleAnimations(widget.root);
      expect(smallTargets(element), `small targets when ${state}`).to.deep.equal([]);
    };
    await check('closed (the launcher)');
    await widget.open();
    await check('open, choosing the problem');
    await widget.click('A payment failed');
    await check('asking for the error, with a free answer and a quick reply');
    await widget.answer('Insufficient funds (51)');
    await until(() => /Did this solve it/.test(widget.lastBotText()), 'the fix');
    await check('showing a fix, with Back');
    await widget.click('No, I still need help');
    await check('offering other causes');
    await widget.click('None of these, contact support');
    await until(() => widget.step === 'askingTicketTime', 'the time question');
    await check('asking the time: quick answers, the date-time picker, the answer box');
    await widget.click("I don't remember");
    await until(() => widget.step === 'askingTicketAmount', 'the amount question');
    await widget.click("I don't remember");
    await until(() => widget.step === 'askingTicketPaymentMethod', 'the payment method question');
    await check('asking how it was paid');
    await widget.click('Debit card');
    const form = await until(() => widget.ticketForm(), 'the ticket form');
    // No field takes focus on a phone, so the form is scrolled to: its title in view, not below.
    const scroller = widget.root.querySelector('.scroller')!;
    await until(() => {
      const title = form.querySelector('.ticket-title')!.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return title.top >= view.top - 1 && title.bottom <= view.bottom + 1;
    }, 'the ticket form in view');
    widget.root.querySelector('details')!.open = true;
    await check('reviewing the ticket, "What will be sent" open');
    await widget.click('Submit');
    await check('showing field errors');
    await widget.fill('Contact', 'li.lei@example.com');
    await widget.click('Submit');
    await until(() => widget.byRole('button', 'Dismiss').length === 1, 'the refused delivery, with Dismiss', 10_000);
    await check('after submission: the ticket status with Copy, e-mail and Dismiss');
  });

  it('keeps no hover colour on a tapped answer: hover styles are for pointers that hover', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    const hovers = styleRules(widget.root).filter(({ selector }) => selector.includes(':hover'));
    expect(hovers.length, 'the widget has hover styles').to.be.greaterThan(0);
    for (const { selector, media } of hovers)
      expect(
        media.some((condition) => /\(hover:\s*hover\)/.test(condition)),
        `${selector} in @media (hover: hover)`,
      ).to.equal(true);

    // A real tap on a choice, whose click the test keeps from answering: the tapped button stays
    // under the finger as it would be when the next question's buttons are drawn in its place.
    const [tapped, other] = widget.root.querySelectorAll<HTMLButtonElement>('.current .choices button');
    const unhovered = getComputedStyle(other!).backgroundColor;
    let clicked = 0;
    const swallow = (event: Event) => {
      if (event.target === tapped) {
        clicked++;
        event.stopPropagation();
      }
    };
    widget.root.addEventListener('click', swallow, { capture: true });
    try {
      await tap(tapped!);
      await until(() => clicked === 1, 'the tap to click the choice');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // As on a phone, the tap leaves the button hovered until the next tap elsewhere.
      expect(tapped!.matches(':hover'), 'hovered after the tap').to.equal(true);
      expect(getComputedStyle(tapped!).backgroundColor, 'background after a tap').to.equal(unhovered);
    } finally {
      widget.root.removeEventListener('click', swallow, { capture: true });
    }
  });

  it('opens as a bottom sheet: the page stays in view above it, Close and Escape close it', async () => {
    const element = await fixture<WalletSupport>(html`<wallet-support lang="en"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await tap(await widget.button('Help'));
    await until(() => widget.byRole('log').length > 0 && widget.messages().length > 0, 'the first question', 15_000);
    await settleAnimations(widget.root);
    const panel = widget.root.querySelector('dialog')!;
    const rect = panel.getBoundingClientRect();
    expect([rect.left, rect.right, rect.bottom], 'across the bottom of the screen').to.deep.equal([
      0,
      PHONE.width,
      PHONE.height,
    ]);
    expect(rect.top, 'the page visible above it').to.be.at.least(PHONE.height * 0.2);
    expect(rect.height, 'room for the conversation').to.be.at.least(PHONE.height * 0.6);
    expect(getComputedStyle(panel).borderTopLeftRadius, 'rounded top corners').not.to.equal('0px');
    expect(panel.localName, 'still a dialog').to.equal('dialog');
    expect(panel.getAttribute('aria-labelledby')).to.equal('title');
    expect(panel.matches(':modal'), 'the page above stays usable').to.equal(false);
    expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(PHONE.width);

    await tap(await widget.button('Close'));
    await until(() => !element.open, 'Close to close the sheet');
    await tap(await widget.button('Help'));
    await until(() => element.open && panel.open, 'the sheet to open again');
    await focusInPanel(widget);
    await sendKeys({ press: 'Escape' });
    await until(() => !element.open, 'Escape to close the sheet');
  });

  it('checkout: after a declined payment the decline stays in view above the sheet', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `position:fixed;inset:0;width:${PHONE.width}px;height:${PHONE.height}px;border:0`;
    frame.src = '/demo/checkout.html?lang=en&pay-delay=0';
    document.body.append(frame);
    try {
      const page = await until(
        () => frame.contentDocument?.documentElement?.hasAttribute('data-ready') && frame.contentDocument,
        'the checkout to be ready',
        15_000,
      );
      const element = page.querySelector('wallet-support') as WalletSupport;
      const pay = page.querySelector<HTMLButtonElement>('button.pay-button')!;
      pay.scrollIntoView({ block: 'center' });
      await tap(pay, frame.getBoundingClientRect());
      const banner = await until(() => page.querySelector('.declined[role="alert"]'), 'the decline');
      const panel = await until(
        () => element.open && element.shadowRoot!.querySelector('dialog[open]'),
        'the widget to open',
        15_000,
      );
      await settleAnimations(element.shadowRoot!);
      const where = () => {
        const message = banner.getBoundingClientRect();
        return `the decline at ${message.top.toFixed(0)}–${message.bottom.toFixed(0)}, the sheet's top at ${panel
          .getBoundingClientRect()
          .top.toFixed(0)} (page scrolled to ${frame.contentWindow!.scrollY} of ${page.documentElement.scrollHeight})`;
      };
      await until(() => {
        const message = banner.getBoundingClientRect();
        return message.top >= 0 && message.bottom <= panel.getBoundingClientRect().top;
      }, where);
      expect(panel.getBoundingClientRect().bottom).to.equal(PHONE.height);
    } finally {
      frame.remove();
    }
  });
});
