/**
 * The flow's state chart as SVG: laid out from the machine definition (flow-graph.ts, layout.ts),
 * with the conversation's current state marked `aria-current="step"`, the states already passed
 * shaded, and a path under review traced.
 */
import { html, nothing, svg } from 'lit';
import type { EdgeReason, FlowEdge, FlowGraph, FlowNode } from './flow-graph.js';
import type { UserAction } from './flow-paths.js';
import { detailY, layoutGraph, lineY, type Layout } from './layout.js';
import type { LabText } from './strings.js';

export interface ChartMarks {
  /** The state the conversation is in. */
  active?: string;
  /** States the conversation passed through. */
  visited?: ReadonlySet<string>;
  /** A path to trace (state values in order)... */
  path?: readonly string[];
  /** ...and what the user did between them, to tell apart two ways between the same states. */
  pathActions?: readonly UserAction[];
  /** The state whose texts the workbench shows. */
  selected?: string;
}

/** What the node's second line says: its kind and the one detail that tells it apart. */
export function nodeDetail(node: FlowNode, text: LabText): string {
  const kind = text.chart.kinds[node.kind];
  const prompt = node.prompt;
  switch (prompt?.kind) {
    case 'answer':
      return `${kind} · ${prompt.fact}`;
    case 'choice':
      // A choice about a fact (how the person paid) says which; a list of causes says how long it is.
      return prompt.fact ? `${kind} · ${prompt.fact}` : `${kind} · ${prompt.choices.length}`;
    case 'outcome':
      return `${kind} · ${prompt.fix}`;
    case 'done':
      return `${kind} · ${prompt.outcome}`;
    default:
      return kind;
  }
}

export function reasonText(reason: EdgeReason, text: LabText): string {
  switch (reason.kind) {
    case 'choice':
      return `“${reason.label}”`;
    case 'answer':
      return text.chart.answer;
    case 'submit':
      return text.chart.submit;
    case 'cause':
      return text.chart.cause(reason.cause);
    case 'suspected':
      return text.chart.suspected(reason.cause);
    case 'condition':
      return text.chart.condition(reason.guard, reason.params);
    case 'known':
      return text.chart.known(reason.fact);
    case 'otherwise':
      return text.chart.otherwise;
    case 'event':
      return reason.type;
  }
}

/** What moves an edge, in a few words: the button's label, "it helped", "typed a time". */
export function edgeLabel(edge: FlowEdge, graph: FlowGraph, text: LabText): string {
  const source = graph.nodes.find((node) => node.value === edge.source);
  const said = edge.reasons.map((reason) => {
    switch (reason.kind) {
      case 'choice':
        if (source?.kind === 'outcome') return reason.choice === 'solved' ? text.chart.helped : text.chart.notHelped;
        return reason.label;
      case 'answer':
        return text.chart.typed(reason.answer);
      case 'known':
        return text.chart.alreadyKnown;
      case 'cause':
        return text.chart.diagnosed(reason.cause);
      case 'suspected':
        return text.chart.suspectedCause;
      default:
        return reasonText(reason, text);
    }
  });
  return [...new Set(said)].join(' · ');
}

/** For a state that says nothing of its own: what it decides, from the edges leaving it. */
export function silentSummary(node: FlowNode, graph: FlowGraph, text: LabText): string {
  const reasons = graph.edges.filter((edge) => edge.source === node.value).flatMap((edge) => edge.reasons);
  if (reasons.some((reason) => reason.kind === 'cause')) return text.chart.silent.diagnose;
  const condition = reasons.find((reason) => reason.kind === 'condition');
  if (condition?.kind === 'condition' && condition.guard === 'hasTriedAtLeast') return text.chart.silent.router;
  if (condition?.kind === 'condition' && condition.guard === 'isMoneyBackOverdue') return text.chart.silent.deadline;
  return text.chart.silent.auto;
}

/** The chart's layout in the lab's words: what each state says, what moves each edge. */
export function chartLayout(graph: FlowGraph, text: LabText): Layout {
  const spoken: FlowGraph = {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, summary: node.summary ?? silentSummary(node, graph, text) })),
  };
  return layoutGraph(spoken, { edgeLabel: (edge) => edgeLabel(edge, graph, text) });
}

interface Trace {
  states: Set<string>;
  edges: Set<string>;
}

/** Whether a transition between two states can be the one a user action took. */
function takenBy(reasons: readonly EdgeReason[], action: UserAction | undefined): boolean {
  if (!action) return true;
  return reasons.some((reason) =>
    action.kind === 'choose'
      ? reason.kind === 'choice' && reason.choice === action.choice
      : reason.kind === action.kind,
  );
}

/**
 * The states a step passes between two states at rest: the first hop is taken by the user's action
 * (any, when it is not known), every later one by itself (an automatic state: a diagnosis, a router
 * such as `askingOtherCause`, a hand-over such as `preparingTicket` or a `…Deadline` check; or a
 * question whose fact is already known). Shortest such route, or undefined.
 */
function bridge(
  graph: FlowGraph,
  source: string,
  target: string,
  action: UserAction | undefined,
): string[] | undefined {
  const from = (value: string) => graph.edges.filter((edge) => edge.source === value && edge.target !== value);
  const seen = new Set([source]);
  let frontier: string[][] = from(source)
    .filter((edge) => edge.target !== target && takenBy(edge.reasons, action))
    .map((edge) => [edge.target]);
  frontier.forEach(([value]) => seen.add(value!));
  while (frontier.length > 0) {
    const next: string[][] = [];
    for (const route of frontier) {
      const last = route.at(-1)!;
      const onward = from(last).filter((edge) => edge.passable);
      if (onward.some((edge) => edge.target === target)) return route;
      for (const edge of onward) {
        if (seen.has(edge.target)) continue;
        seen.add(edge.target);
        next.push([...route, edge.target]);
      }
    }
    frontier = next;
  }
  return undefined;
}

/**
 * The states and edges a path passes. States that do not wait for the user (a diagnosis, a router,
 * a hand-over, a question already answered) are never at rest, so a path does not list them: they
 * are traced where they bridge two steps of the path, entered by the transition the user's action
 * takes. Without actions (the live conversation), any transition may have been the one.
 */
export function tracePath(
  graph: FlowGraph,
  path: readonly string[] | undefined,
  actions: readonly UserAction[] = [],
): Trace {
  const trace: Trace = { states: new Set(path), edges: new Set() };
  if (!path) return trace;
  const edge = (source: string, target: string) =>
    graph.edges.find((candidate) => candidate.source === source && candidate.target === target);
  for (let index = 1; index < path.length; index++) {
    const [source, target, action] = [path[index - 1]!, path[index]!, actions[index - 1]];
    const direct = edge(source, target);
    if (direct && takenBy(direct.reasons, action)) {
      trace.edges.add(`${source}>${target}`);
      continue;
    }
    const between = bridge(graph, source, target, action);
    if (!between) continue;
    const route = [source, ...between, target];
    between.forEach((value) => trace.states.add(value));
    route.slice(1).forEach((value, hop) => trace.edges.add(`${route[hop]}>${value}`));
  }
  return trace;
}

/** Drawn inside a node's group, in the node's own coordinates: an analytics export's figures (analytics-overlay.ts). */
export type NodeFigures = (node: FlowNode, box: { width: number; height: number }) => unknown;

/**
 * The chart. `id` makes marker ids unique when a page shows more than one chart. `select` is called
 * with the state a click lands on (the workbench's list of states offers the same by keyboard: the
 * chart stays one image to assistive technology). `figures`, when given, draws something on each node.
 */
export function stateChart(
  graph: FlowGraph,
  layout: Layout,
  text: LabText,
  marks: ChartMarks = {},
  id = 'chart',
  select?: (state: string) => void,
  figures?: NodeFigures,
) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const trace = tracePath(graph, marks.path, marks.pathActions);
  const tracing = trace.states.size > 0;
  const reasons = new Map(graph.edges.map((edge) => [`${edge.source}>${edge.target}`, edge]));
  const options = layout.options;
  const handleClick = (event: MouseEvent) => {
    const state = (event.target as Element).closest('[data-state]')?.getAttribute('data-state');
    if (state && select) select(state);
  };
  return html`<svg
    class="state-chart${tracing ? ' tracing' : ''}"
    role="img"
    aria-labelledby=${`${titleId} ${descId}`}
    viewBox=${`0 0 ${layout.width} ${layout.height}`}
    width=${layout.width}
    height=${layout.height}
    data-flow=${graph.id}
    @click=${handleClick}
  >
    <title id=${titleId}>${text.chart.name(graph.id)}</title>
    <desc id=${descId}>${text.chart.description(graph.nodes.length, marks.active)}</desc>
    <defs>
      ${(['plain', 'traced'] as const).map(
        (
          variant,
        ) => svg`<marker id=${`${id}-arrow-${variant}`} class=${`arrow ${variant}`} viewBox="0 0 10 10" refX="9" refY="5"
          markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" /></marker>`,
      )}
    </defs>
    <g class="edges">
      ${layout.edges.map((routed) => {
        const edge = reasons.get(`${routed.source}>${routed.target}`)!;
        const traced = trace.edges.has(`${routed.source}>${routed.target}`);
        const classes = ['edge', routed.back ? 'back' : '', edge.automatic ? 'automatic' : '', traced ? 'traced' : '']
          .filter(Boolean)
          .join(' ');
        return svg`<path class=${classes} d=${routed.d} marker-end=${`url(#${id}-arrow-${traced ? 'traced' : 'plain'})`}
          data-source=${routed.source} data-target=${routed.target}>
          <title>${routed.source} → ${routed.target}: ${edge.reasons.map((reason) => reasonText(reason, text)).join(', ')}</title>
        </path>`;
      })}
    </g>
    <g class="entry-labels">
      ${layout.labels.map(
        (label) => svg`<text class="entry-label" x=${label.x} y=${label.y} data-target=${label.target}
          font-size=${options.labelSize}><title>${label.full}</title>${label.text}</text>`,
      )}
    </g>
    <g class="nodes">
      ${graph.nodes.map((node) => {
        const box = layout.boxes.get(node.value);
        if (!box) return nothing;
        const active = node.value === marks.active;
        const classes = [
          'node',
          `kind-${node.kind}`,
          node.initial ? 'initial' : '',
          active ? 'active' : '',
          marks.visited?.has(node.value) ? 'visited' : '',
          trace.states.has(node.value) ? 'traced' : '',
          node.value === marks.selected ? 'selected' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const detail = nodeDetail(node, text);
        return svg`<g class=${classes} data-state=${node.value} aria-current=${active ? 'step' : nothing}
          transform=${`translate(${box.x},${box.y})`}>
          <title>${[node.summary, `${node.key} (${detail})`, node.description].filter(Boolean).join('\n')}</title>
          <rect width=${box.width} height=${box.height} rx=${node.final ? 16 : 8} />
          ${node.initial ? svg`<circle class="start" cx="0" cy=${box.height / 2} r="4" />` : nothing}
          ${box.lines.map(
            (line, index) =>
              svg`<text class="says" x=${options.padding} y=${lineY(index, options)} font-size=${options.fontSize}>${line}</text>`,
          )}
          <text class="detail" x=${options.padding} y=${detailY(options)} font-size=${options.detailSize}>${box.detail}</text>
          ${figures ? figures(node, box) : nothing}
        </g>`;
      })}
    </g>
  </svg>`;
}

/** The chart's legend: one swatch per kind of state. */
export function chartLegend(text: LabText) {
  const kinds = Object.entries(text.chart.kinds);
  return html`<ul class="legend" aria-label=${text.chart.legend}>
    ${kinds.map(([kind, label]) => html`<li><span class=${`swatch kind-${kind}`} aria-hidden="true"></span>${label}</li>`)}
  </ul>`;
}
