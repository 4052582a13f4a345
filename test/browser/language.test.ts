/**
 * A language change reaches the whole widget at once: the launcher, the panel's name and Close
 * button, and the conversation, which starts again in the new language with what was already said
 * kept. The change may come from the widget's own `lang` or from the page's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { until, WidgetHarness } from './harness.js';

const frameWords = {
  en: { title: 'Payment help', close: 'Close', help: 'Help' },
  'zh-CN': { title: '支付帮助', close: '关闭', help: '帮助' },
} as const;

/** The panel's name (what its dialog is labelled by). */
function dialogTitle(widget: WidgetHarness): string | null | undefined {
  const dialog = widget.byRole('dialog')[0];
  return dialog && widget.root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent;
}

/** Every word the frame shows in `locale`: the dialog's name, its Close button, the launcher. */
function frameIsIn(widget: WidgetHarness, locale: keyof typeof frameWords): boolean {
  const words = frameWords[locale];
  const launcher = widget.root.querySelector('[part~="launcher"]');
  return (
    dialogTitle(widget) === words.title &&
    widget.byRole('button', words.close).length === 1 &&
    (launcher?.textContent ?? '').trim().startsWith(words.help)
  );
}

const hasChinese = (text: string) => /[\u3400-\u9fff]/.test(text);

describe('a language change while the panel is open', () => {
  const pageLang = document.documentElement.lang;
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it("from the widget's lang: frame and conversation switch together, and the error is not asked again", async () => {
    const element = await fixture<WalletSupport>(
      html`<wallet-support lang="zh-CN" problem="payment-failed"></wallet-support>`,
    );
    const widget = new WidgetHarness(element);
    await widget.open();
    expect(frameIsIn(widget, 'zh-CN')).to.equal(true);
    await widget.answer('余额不足 (51)');
    expect(widget.log.textContent).to.match(/余额不足/);

    element.lang = 'en';
    await until(() => frameIsIn(widget, 'en'), 'the frame in English');
    await until(() => /not enough balance/i.test(widget.log.textContent ?? ''), 'the balance fix in English');
    await widget.settle();
    const botTexts = widget
      .messages()
      .filter((message) => message.from === 'bot')
      .map((message) => message.text);
    expect(botTexts.filter(hasChinese)).to.deep.equal([]);
    expect(widget.log.textContent).not.to.match(/What did the error message say/);
  });

  it("from the page's lang, for a widget without its own", async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await fixture<WalletSupport>(html`<wallet-support problem="payment-failed"></wallet-support>`);
    const widget = new WidgetHarness(element);
    await widget.open();
    expect(frameIsIn(widget, 'zh-CN')).to.equal(true);
    expect(hasChinese(widget.lastBotText())).to.equal(true);

    document.documentElement.lang = 'en';
    await until(() => frameIsIn(widget, 'en'), 'the frame in English');
    await until(() => /What did the error message say/.test(widget.lastBotText()), 'the first question in English');
    await widget.settle();
    expect(widget.messages().filter((message) => hasChinese(message.text))).to.deep.equal([]);
  });
});
