/**
 * How often each of the lab's paths was taken, from an analytics export (analytics.ts counts
 * conversations per exact sequence of states), and the path list's "most taken first" order.
 */
import { html } from 'lit';
import { pathKey } from './analytics.js';
import type { FlowPath } from './flow-paths.js';

export interface PathUsage {
  /** Conversations that took exactly this path. */
  taken: (path: FlowPath) => number;
  takenText: (path: FlowPath) => string;
  sort: 'ending' | 'taken';
  setSort: (sort: 'ending' | 'taken') => void;
  text: { sort: string; byEnding: string; byTaken: string };
}

/** Counts from an export's `paths` map, keyed as analytics.ts keys a conversation's states. */
export function pathUsage(
  counts: ReadonlyMap<string, number>,
  options: Omit<PathUsage, 'taken' | 'takenText'> & { taken: (count: number) => string },
): PathUsage {
  const taken = (path: FlowPath) => counts.get(pathKey(path.states)) ?? 0;
  return { ...options, taken, takenText: (path) => options.taken(taken(path)) };
}

type Group<T> = [string, { items: { path: FlowPath; index: number }[] } & T];

/** With "most taken first": paths within each ending, and the endings, by how often they were taken. */
export function byUsage<T>(groups: Group<T>[], usage: PathUsage | undefined): Group<T>[] {
  if (usage?.sort !== 'taken') return groups;
  const total = ([, group]: Group<T>) => group.items.reduce((sum, item) => sum + usage.taken(item.path), 0);
  for (const [, group] of groups) group.items.sort((a, b) => usage.taken(b.path) - usage.taken(a.path));
  return [...groups].sort((a, b) => total(b) - total(a));
}

export function usageControls(usage: PathUsage) {
  return html`<label class="path-sort"
    >${usage.text.sort}
    <select @change=${(event: Event) => usage.setSort((event.target as HTMLSelectElement).value as PathUsage['sort'])}>
      <option value="ending" ?selected=${usage.sort === 'ending'}>${usage.text.byEnding}</option>
      <option value="taken" ?selected=${usage.sort === 'taken'}>${usage.text.byTaken}</option>
    </select></label
  >`;
}
