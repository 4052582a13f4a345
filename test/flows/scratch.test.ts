import { it, vi } from 'vitest';
vi.mock('../../src/diagnose/classify.js', async () => ({ classifyError: (await import('./fake-classifier.js')).fakeClassifyError }));
import { explore, hostInputs, deadEnds, statesThatCannotReachTicket, loadAllFlows } from './graph.js';
it('measures', async () => {
  for (const [id, machine] of await loadAllFlows()) {
    const all = new Set<string>();
    for (const { name, input } of hostInputs) {
      const t0 = performance.now();
      const g = explore(machine, { ...input, problem: id });
      g.reached.forEach((s) => all.add(s));
      const n = Object.keys(g.adjacency).length;
      console.log(id, name, n, Math.round(performance.now() - t0), 'ms', deadEnds(g), statesThatCannotReachTicket(g).length);
    }
    const missing = Object.keys(machine.root.states).filter((k) => !all.has(k));
    console.log(id, 'missing', missing);
  }
});
