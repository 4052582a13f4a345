/**
 * The committed sample export (demo/lab/sample-analytics.jsonl, written by `npm run
 * sample:analytics`) looks like a help desk's weeks and fits the flows as they are: if a flow's
 * states change, the sample must be written again or the lab would draw figures nowhere.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExport, summarize, versionsOf } from '../../../demo/lab/analytics.js';
import { flowGraph } from '../../../demo/lab/flow-graph.js';
import { loadFlow } from '../../../flows/index.js';
import { problemIds } from '../../../src/shared/problems.js';

const file = new URL('../../../demo/lab/sample-analytics.jsonl', import.meta.url);
const { events, bad } = parseExport(readFileSync(file, 'utf8'));
const summary = summarize(events);
const all = [...summary.flows.values()].flatMap((versions) => [...versions.values()]);
const total = (count: (figures: (typeof all)[number]) => number) => all.reduce((sum, each) => sum + count(each), 0);

describe('the sample analytics export', () => {
  it('is small, and every line an event', () => {
    expect(statSync(file).size).toBeLessThan(1024 * 1024);
    expect(bad).toEqual([]);
    expect(total((figures) => figures.conversations)).toBeGreaterThanOrEqual(300);
  });

  it('covers every flow, and two versions of payment-failed', () => {
    expect([...summary.flows.keys()].sort()).toEqual([...problemIds].sort());
    expect(versionsOf(summary, 'payment-failed')).toHaveLength(2);
    expect(summary.triageOnly).toBeGreaterThan(0);
  });

  it('mostly ends solved, some in a ticket, some stopped mid-way', () => {
    const conversations = total((figures) => figures.conversations);
    const resolved = total((figures) => figures.resolved);
    const tickets = total((figures) => figures.tickets);
    const unfinished = total((figures) => figures.unfinished);
    expect(resolved / conversations).toBeGreaterThan(0.5);
    expect(tickets / conversations).toBeGreaterThan(0.05);
    expect(unfinished / conversations).toBeGreaterThan(0.05);
  });

  it("names only states the running flows have, in each flow's running version", async () => {
    for (const problem of problemIds) {
      const machine = await loadFlow(problem);
      const states = new Set(flowGraph(machine, 'en').nodes.map((node) => node.value));
      const figures = summary.flows.get(problem)!.get(machine.version!);
      expect(figures, `${problem} ${machine.version}`).toBeDefined();
      for (const state of figures!.reached.keys()) expect(states, `${problem}: ${state}`).toContain(state);
    }
    // Every flow's module compiled on first load: seconds on a busy machine.
  }, 60_000);
});
