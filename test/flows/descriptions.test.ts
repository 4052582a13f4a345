/**
 * Every state says what it does in plain English (XState's `description`), written by the step
 * builder that made it (src/engine/steps.ts) from its arguments: the lab shows it, and a reader of
 * the machine sees it without opening the flow file.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import type { StateMeta } from '../../src/engine/context.js';
import { loadAllFlows } from './graph.js';

const flows = await loadAllFlows();

/** The state names a description mentions, e.g. "then checkingWhenChargedPaymentMethod". */
function namedStates(description: string, states: ReadonlySet<string>): string[] {
  return (description.match(/[a-z][A-Za-z]+/g) ?? []).filter((word) => states.has(word));
}

describe.each(flows)('the %s flow', (_problem, machine) => {
  const nodes = getStateNodes(machine).filter((node: AnyStateNode) => node !== machine.root);
  const states = new Set(nodes.map((node) => node.key));

  it('describes every state', () => {
    const undescribed = nodes.filter((node) => !node.description?.trim()).map((node) => node.key);
    expect(undescribed).toEqual([]);
  });

  it('names the fix a fix state walks through, and where it goes when it did not help', () => {
    for (const node of nodes) {
      const prompt = (node.meta as StateMeta | undefined)?.prompt;
      if (prompt?.kind !== 'outcome') continue;
      expect(node.description, node.key).toContain(`Fix ${prompt.fix}:`);
      const targets = (node.on['user.choose'] ?? []).flatMap((transition) => transition.target ?? []);
      expect(targets, node.key).toHaveLength(2);
      for (const target of targets) expect(node.description, node.key).toContain(target.key);
    }
  });

  it('names only states that exist, and every state a question moves on to', () => {
    for (const node of nodes) {
      const description = node.description ?? '';
      for (const named of namedStates(description, states)) expect(states.has(named)).toBe(true);
      const prompt = (node.meta as StateMeta | undefined)?.prompt;
      if (prompt?.kind === 'answer') {
        expect(description, node.key).toContain(`Asks for ${prompt.fact}`);
        const next = node.on['user.answer']?.[0]?.target?.[0]?.key;
        expect(description, node.key).toContain(`then ${next}`);
      }
    }
  });
});
