/**
 * The flow lab's "Save as test": a short conversation played in the lab's live widget (a card
 * number pasted with the error, a fix that did not help, a typed time, a button, the ticket sent),
 * saved by the button, and the saved file replayed through the engine to the same end.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { FlowLab } from '../../demo/lab/flow-lab.js';
import { pathStates, readTranscriptFile } from '../../demo/lab/transcript-file.js';
import { replayTranscript } from '../../demo/lab/transcript-replay.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { recordEvents, until, WidgetHarness } from './harness.js';

describe('flow lab: save as test', () => {
  it('saves the conversation played in the lab as a file that replays to the same end', async function () {
    this.timeout(30_000);
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await fixture<WalletSupport>(html`<wallet-support persist="none"></wallet-support>`);
    const steps = recordEvents(element, ['wallet-support-step']);
    const lab = new FlowLab({
      root,
      widget: element,
      pageLocale: 'en',
      settings: { problem: 'payment-failed', locale: 'en', host: { amount: '88.80', currency: 'CNY' } },
      replayDelay: 0,
    });
    await lab.start();
    await lab.ready();
    element.show();
    const widget = new WidgetHarness(element);
    await until(() => widget.messages().length > 0, 'the first question', 15_000);
    await widget.settle();

    await widget.answer('Declined: insufficient funds. Card 4111 1111 1111 1111');
    await widget.click('No, I still need help');
    await widget.click('None of these, contact support');
    await widget.answer('yesterday around 3pm');
    await widget.click('Wallet balance');
    await until(() => widget.ticketForm(), 'the ticket form');
    await widget.fill('Contact', 'mei@example.com');
    await widget.click('Submit');
    const last = () => (steps.at(-1)?.detail as { state: string } | undefined)?.state;
    await until(
      () => last() === 'ticketFiled',
      () => `the ticket to be filed (at ${last()})`,
    );

    const save = [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Save as test')!;
    save.click();
    const result = await until(() => lab.lastSavedTest, 'the saved test', 15_000);
    if (!result.saved) throw new Error(`not saved: ${result.why} ${result.detail ?? ''}`);
    expect(root.querySelector('.notice')!.textContent).to.contain(`Saved ${result.name}`);
    // The card number reached neither the log nor the file: the file holds it as the widget showed it.
    expect(result.text).not.to.match(/4111 1111|1111 1111 1111/);
    const file = readTranscriptFile(result.text, result.name);
    expect(file.host).to.deep.equal({ amount: '88.80', currency: 'CNY' });
    expect(
      file.turns.map((turn) => ('choose' in turn ? turn.choose : 'answer' in turn ? turn.answer : 'submit')),
    ).to.deep.equal([
      'Declined: insufficient funds. Card •••• 1111',
      'unsolved',
      'none',
      'yesterday around 3pm',
      'balance',
      'submit',
    ]);
    expect(file.expect.state).to.equal('ticketFiled');
    expect(file.expect.cause).to.equal('insufficient-balance');
    // The path is what the widget reported, from its first question.
    const reported = steps.map((step) => (step.detail as { state: string }).state);
    expect(reported.slice(-pathStates(file.expect.path).length)).to.deep.equal(pathStates(file.expect.path));

    const replayed = await replayTranscript(file);
    expect(replayed.stopped).to.equal(undefined);
    expect(replayed.path).to.deep.equal(pathStates(file.expect.path));
    expect([replayed.state, replayed.cause]).to.deep.equal([file.expect.state, file.expect.cause]);
  });
});
