import { describe, expect, it, vi } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { loadFlow } from '../../../flows/index.js';
import { Session, type FlowLoader, type SessionView } from '../../../src/engine/session.js';
import { RETRY_CHOICE } from '../../../src/engine/load-failure.js';
import type { ProblemId } from '../../../src/shared/problems.js';

/** A flow loader whose downloads fail until the connection "comes back". */
function flakyLoader(): { load: FlowLoader; online(): void; calls: ProblemId[] } {
  let connected = false;
  const calls: ProblemId[] = [];
  const load = (problem: ProblemId): Promise<AnyStateMachine> => {
    calls.push(problem);
    return connected ? loadFlow(problem) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return { load, online: () => (connected = true), calls };
}

function views(session: Session): SessionView[] {
  const seen: SessionView[] = [];
  session.subscribe((view) => seen.push(view));
  return seen;
}

const offersRetry = (view: SessionView) =>
  !view.busy && view.prompt?.kind === 'choice' && view.prompt.choices.some((choice) => choice.id === RETRY_CHOICE);

describe('a flow that cannot be downloaded', () => {
  it('after the triage: says so, stops typing, and "Try again" carries on where the person was', async () => {
    const network = flakyLoader();
    const session = new Session({
      loadFlow: network.load,
      locale: 'en',
      problems: ['payment-failed', 'funds-missing'],
    });
    await session.start();
    session.choose('payment-failed');
    await vi.waitFor(() => expect(offersRetry(session.current)).toBe(true));
    const failed = session.current;
    expect(failed.transcript.at(-1)).toMatchObject({
      from: 'bot',
      text: expect.stringMatching(/could not load.*Try again/),
    });
    expect(failed.transcript.some((line) => line.from === 'user' && line.text === 'A payment failed')).toBe(true);

    // Pressed while still offline: the same offer comes back, nothing is lost.
    session.choose(RETRY_CHOICE, failed.state);
    await vi.waitFor(() => expect(network.calls).toHaveLength(2));
    await vi.waitFor(() => expect(offersRetry(session.current)).toBe(true));

    network.online();
    const seen = views(session);
    session.choose(RETRY_CHOICE, session.current.state);
    await vi.waitFor(() => expect(session.current.state).toBe('askingError'));
    expect(seen.some((view) => view.busy)).toBe(true);
    expect(session.current.problem).toBe('payment-failed');
    const said = session.current.transcript.map((line) => `${line.from}: ${line.text}`);
    expect(said).toContain('user: A payment failed');
    expect(said).toContain('user: Try again');
    expect(session.current.context?.problem).toBe('payment-failed');
  });

  it('for a problem the host named: the first question waits behind "Try again", not behind a typing indicator', async () => {
    const network = flakyLoader();
    const session = new Session({ loadFlow: network.load, locale: 'zh-TW', problem: 'funds-missing', problems: [] });
    await session.start();
    expect(offersRetry(session.current)).toBe(true);
    expect(session.current.transcript.at(-1)?.text).toMatch(/沒能載入/);
    network.online();
    session.choose(RETRY_CHOICE, session.current.state);
    await vi.waitFor(() => expect(session.current.context?.problem).toBe('funds-missing'));
    expect(session.current.busy).toBe(false);
    expect(session.current.prompt).toBeDefined();
  });

  it('ignores other choices while the offer stands, and forgets it when started over', async () => {
    const network = flakyLoader();
    const session = new Session({ loadFlow: network.load, locale: 'en', problems: ['payment-failed'] });
    await session.start();
    session.choose('payment-failed');
    await vi.waitFor(() => expect(offersRetry(session.current)).toBe(true));
    session.choose('payment-failed', session.current.state);
    expect(network.calls).toHaveLength(1);

    network.online();
    await session.restart();
    expect(session.current.state).not.toBe('flowLoadFailed');
    expect(session.current.problem).toBeUndefined();
    // The triage question again, with its own choices, for a new conversation.
    expect(session.current.prompt).toMatchObject({ kind: 'answer', choices: [{ id: 'payment-failed' }] });
    expect(offersRetry(session.current)).toBe(false);
  });
});
