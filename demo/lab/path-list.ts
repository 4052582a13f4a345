/**
 * The list of paths, grouped by how they end (which fix solved it, or a ticket), each with a
 * replay button. Pointing at a path traces it on the chart.
 */
import { html, nothing } from 'lit';
import type { FlowGraph } from './flow-graph.js';
import type { FlowPath, PathEnd, UserAction } from './flow-paths.js';
import { byUsage, usageControls, type PathUsage } from './path-usage.js';
import type { LabText } from './strings.js';

export interface ReplayStatus {
  /** Index of the path in the list. */
  path: number;
  phase: 'running' | 'done' | 'failed';
  step: number;
  total: number;
  message?: string;
}

export interface PathListModel {
  paths?: readonly FlowPath[];
  filter: string;
  replay?: ReplayStatus;
  /** An analytics export's count of conversations per path (path-usage.ts), and whether the list sorts by it. */
  usage?: PathUsage;
  /** How fast a replay goes, against the lab's pause between steps; 0: no pauses. */
  speed: number;
}

/** The speeds offered; 1 is the lab's own pause (`replay-delay`). */
export const replaySpeeds = [0.5, 1, 2, 4, 0] as const;

export interface PathListHandlers {
  replay: (index: number) => void;
  stop: () => void;
  filter: (text: string) => void;
  trace: (index: number | undefined) => void;
  speed: (speed: number) => void;
}

function speedControl(speed: number, text: LabText, change: (speed: number) => void) {
  return html`<label class="replay-speed">
    <span>${text.paths.speed}</span>
    <select @change=${(event: Event) => change(Number((event.target as HTMLSelectElement).value))}>
      ${replaySpeeds.map(
        (option) => html`<option value=${option} ?selected=${option === speed}>${text.paths.speeds(option)}</option>`,
      )}
    </select>
  </label>`;
}

/** A key that groups paths with the same ending. */
export function endingKey(end: PathEnd): string {
  return end.kind === 'resolved' ? `resolved:${end.fix ?? ''}` : 'ticket';
}

function endingLabel(end: PathEnd, graph: FlowGraph | undefined, text: LabText): string {
  if (end.kind === 'ticket') return text.paths.ticket;
  const node = graph?.nodes.find((candidate) => candidate.value === end.fix);
  const fixId = node?.prompt?.kind === 'outcome' ? ` (${node.prompt.fix})` : '';
  return text.paths.resolvedBy(`${end.fix ?? '?'}${fixId}`);
}

export function actionText(action: UserAction, text: LabText): string {
  switch (action.kind) {
    case 'choose':
      return action.label;
    case 'answer':
      return `“${action.text}”`;
    case 'submit':
      return text.chart.submit;
  }
}

function matches(path: FlowPath, filter: string, text: LabText): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [...path.states, ...path.steps.map((step) => actionText(step.action, text))].join(' ').toLowerCase();
  return needle.split(/\s+/).every((word) => haystack.includes(word));
}

function statusText(status: ReplayStatus, path: FlowPath, text: LabText): string {
  switch (status.phase) {
    case 'running':
      return text.paths.replaying(status.step, status.total);
    case 'done':
      return text.paths.reached(path.states.at(-1)!);
    case 'failed':
      return text.paths.failed(status.message ?? '');
  }
}

export function pathList(
  model: PathListModel,
  graph: FlowGraph | undefined,
  text: LabText,
  handlers: PathListHandlers,
) {
  const t = text.paths;
  const { paths, replay } = model;
  const groups = new Map<string, { end: PathEnd; items: { path: FlowPath; index: number }[] }>();
  paths?.forEach((path, index) => {
    if (!matches(path, model.filter, text)) return;
    const key = endingKey(path.end);
    const group = groups.get(key) ?? { end: path.end, items: [] };
    group.items.push({ path, index });
    groups.set(key, group);
  });
  // Solved paths first (by fix), tickets last; or the most taken first, when an export says.
  const ordered = byUsage(
    [...groups.entries()].sort(([a], [b]) => Number(a === 'ticket') - Number(b === 'ticket') || a.localeCompare(b)),
    model.usage,
  );

  return html`<section class="card paths-card" aria-labelledby="paths-heading">
    <header class="card-head">
      <h2 id="paths-heading">${t.heading(paths?.length ?? 0)}</h2>
      <input
        type="search"
        class="path-filter"
        aria-label=${t.filter}
        placeholder=${t.filter}
        .value=${model.filter}
        @input=${(event: InputEvent) => handlers.filter((event.target as HTMLInputElement).value)}
      />
    </header>
    <p class="intro">${t.intro}</p>
    ${model.usage ? usageControls(model.usage) : nothing} ${speedControl(model.speed, text, handlers.speed)}
    ${
      replay
        ? html`<div class=${`replay-status ${replay.phase}`} role="status">
            <span
              >#${replay.path + 1} · ${paths?.[replay.path] ? statusText(replay, paths[replay.path]!, text) : ''}</span
            >
            ${replay.phase === 'running' ? html`<button type="button" class="quiet" @click=${handlers.stop}>${t.stop}</button>` : nothing}
          </div>`
        : html`<div class="replay-status" role="status"></div>`
    }
    ${
      !paths
        ? html`<p class="empty">${graph ? t.loading : t.noFlow}</p>`
        : ordered.length === 0
          ? html`<p class="empty">${t.empty}</p>`
          : html`<div class="path-groups" @mouseleave=${() => handlers.trace(undefined)}>
              ${ordered.map(
                ([key, group]) =>
                  html`<details class="path-group" open data-ending=${key}>
                    <summary>
                      <span class=${`ending ${group.end.kind}`}>${endingLabel(group.end, graph, text)}</span>
                      <span class="count">${group.items.length}</span>
                    </summary>
                    <ol class="path-items">
                      ${group.items.map(({ path, index }) => {
                        const running = replay?.path === index && replay.phase === 'running';
                        return html`<li
                          class=${`path${replay?.path === index ? ` ${replay.phase}` : ''}`}
                          data-index=${index}
                          @mouseenter=${() => handlers.trace(index)}
                          @focusin=${() => handlers.trace(index)}
                        >
                          <button
                            type="button"
                            class="replay"
                            aria-label=${t.replayName(index + 1)}
                            ?disabled=${running}
                            @click=${() => handlers.replay(index)}
                          >
                            <span aria-hidden="true">▶</span> ${t.replay}
                          </button>
                          <div class="path-body">
                            <p class="path-actions">
                              <span class="path-number">#${index + 1}</span>
                              ${path.steps.map(
                                (step, position) =>
                                  html`${position > 0 ? html`<span class="arrow" aria-hidden="true">→</span>` : nothing}<span
                                      class=${`action ${step.action.kind}`}
                                      >${actionText(step.action, text)}</span
                                    >`,
                              )}
                            </p>
                            <p class="path-states">
                              ${path.states.join(' › ')} · ${t.steps(path.steps.length)}
                              ${model.usage ? html`· <span class="taken">${model.usage.takenText(path)}</span>` : nothing}
                            </p>
                          </div>
                        </li>`;
                      })}
                    </ol>
                  </details>`,
              )}
            </div>`
    }
  </section>`;
}
