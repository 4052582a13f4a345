/**
 * Conversations that survive a reload. A reload is simulated by removing the element and creating
 * a new one with the same attributes: the new element starts a new session that knows the earlier
 * conversation only from sessionStorage, as after a real reload (this tab's sessionStorage is
 * kept; modules are not re-imported, and hold no conversation).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SavedConversation } from '../../src/engine/persistence.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { until, WidgetHarness } from './harness.js';

const PREFIX = 'wallet-support:v1:conversation:';

function load(persist?: string) {
  return fixture<WalletSupport>(
    persist
      ? html`<wallet-support lang="en" problem="payment-failed" persist=${persist}></wallet-support>`
      : html`<wallet-support lang="en" problem="payment-failed"></wallet-support>`,
  );
}

function storedKeys(storage: Storage): string[] {
  return Object.keys(storage).filter((key) => key.startsWith(PREFIX));
}

async function openedWidget(persist?: string): Promise<WidgetHarness> {
  const widget = new WidgetHarness(await load(persist));
  await widget.open();
  return widget;
}

const userLines = (widget: WidgetHarness) =>
  widget
    .messages()
    .filter((m) => m.from === 'user')
    .map((m) => m.text);

describe('conversation persistence', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('resumes at the same question after a reload, with what was said in the log', async () => {
    const before = await openedWidget();
    await before.answer('Something went wrong');
    await before.click('None of these, contact support');
    await until(() => before.step === 'askingTicketTime', 'the time question');
    await before.answer('2026-11-26T15:00:00+08:00');
    expect(before.lastBotText()).to.match(/What was the amount/);
    const said = before.messages();
    before.element.remove();

    const after = await openedWidget();
    await until(() => after.messages().length === said.length, 'the earlier conversation');
    expect(after.messages()).to.deep.equal(said);
    expect(after.lastBotText()).to.match(/What was the amount/);
    expect(after.byRole('textbox', /What was the amount/)).to.have.length(1);

    // Nothing is asked again: the amount, then how it was paid, then the form with the time kept.
    const { asked } = await after.toTicketForm({ amount: '¥1,299.50', paymentMethod: 'Wallet balance' });
    expect(asked).to.deep.equal(['amount', 'paymentMethod']);
    const time = after.root.querySelector<HTMLInputElement>('.ticket-form input[type=datetime-local]')!;
    expect(Date.parse(new Date(time.value).toISOString())).to.equal(Date.parse('2026-11-26T15:00:00+08:00'));
  });

  it('keeps only masked text in storage', async () => {
    const widget = await openedWidget();
    await widget.answer('my card is 4111 1111 1111 1111');
    const stored = storedKeys(sessionStorage)
      .map((key) => sessionStorage.getItem(key))
      .join('\n');
    expect(stored).to.contain('•••• 1111');
    expect(stored.replace(/\D/g, '')).not.to.contain('4111111111111111');
    expect(stored).not.to.contain('4111 1111 1111 1111');
  });

  it('starts over with a friendly line when the flow has a new version since the conversation was saved', async () => {
    const before = await openedWidget();
    await before.answer('Something went wrong');
    before.element.remove();
    // What a deployment of a changed flow looks like to a saved conversation: another version.
    const [key] = storedKeys(sessionStorage);
    const envelope = JSON.parse(sessionStorage.getItem(key!)!) as { value: SavedConversation };
    envelope.value.flow.version = 'an older version';
    sessionStorage.setItem(key!, JSON.stringify(envelope));

    const after = await openedWidget();
    const [notice, question] = after.messages();
    expect(notice!.text).to.match(/could not pick up where we left off \(this help guide may have changed\)/);
    expect(question!.text).to.match(/What did the error message say/);
    expect(userLines(after)).to.deep.equal([]);
    expect(after.byRole('textbox', /What did the error message say/)).to.have.length(1);
  });

  it('forgets the conversation on "Start over", also for the next load', async () => {
    const before = await openedWidget();
    await before.answer('Something went wrong');
    expect(userLines(before)).to.deep.equal(['Something went wrong']);
    await before.click('Start over');
    await until(() => userLines(before).length === 0 && before.messages().length > 0, 'a fresh conversation');
    expect(before.lastBotText()).to.match(/What did the error message say/);
    before.element.remove();

    const after = await openedWidget();
    expect(userLines(after)).to.deep.equal([]);
    expect(after.lastBotText()).to.match(/What did the error message say/);
  });

  it('keeps nothing with persist="none", and uses localStorage with persist="local"', async () => {
    const none = await openedWidget('none');
    await none.answer('Something went wrong');
    expect(storedKeys(sessionStorage)).to.deep.equal([]);
    expect(storedKeys(localStorage)).to.deep.equal([]);
    none.element.remove();

    const local = await openedWidget('local');
    await local.answer('Something went wrong');
    expect(storedKeys(sessionStorage)).to.deep.equal([]);
    expect(storedKeys(localStorage)).to.have.length(1);
  });

  it('forgets a conversation once it is over', async () => {
    const widget = new WidgetHarness(
      await fixture<WalletSupport>(
        html`<wallet-support
          lang="en"
          problem="payment-failed"
          amount="88.8"
          occurred-at="2026-11-26T15:00:00+08:00"
          error-message="余额不足 (51)"
        ></wallet-support>`,
      ),
    );
    await widget.open();
    // Nothing is kept before the person says something; once they have, it is.
    expect(storedKeys(sessionStorage)).to.deep.equal([]);
    await widget.click('No, I still need help');
    expect(storedKeys(sessionStorage)).to.have.length(1);
    await widget.click('Back');
    await widget.click('Yes, solved');
    expect(storedKeys(sessionStorage)).to.deep.equal([]);
  });
});
