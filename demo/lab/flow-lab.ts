/**
 * The flow lab page: the setup form, the live widget (in its corner), the state chart following
 * the conversation, every path with replay, the event log and the last ticket. One object holds
 * the page's state and re-renders it with lit-html after each change.
 */
import { html, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AnyStateMachine } from 'xstate';
import { flowLoaders, loadFlow } from '../../flows/index.js';
import { factsFromHost } from '../../src/engine/host-facts.js';
import { problemIds, type ProblemId } from '../../src/shared/problems.js';
import type { Ticket } from '../../src/ticket/types.js';
import type { WalletSupportEventMap } from '../../src/widget/events.js';
import type { HostContext } from '../../src/shared/host-attributes.js';
import type { WalletSupport } from '../../src/widget/wallet-support.js';
import { deliverTicket } from '../site/deliver-ticket.js';
import { demoBar } from '../site/demo-bar.js';
import { copyText, downloadText, fileStamp } from '../site/download.js';
import { applyPageLocale, type PageLocale } from '../site/page-locale.js';
import { AnalyticsImport } from './analytics-panel.js';
import { nodeFigures } from './analytics-overlay.js';
import { analyticsText } from './analytics-strings.js';
import { ErrorSandbox } from './error-sandbox.js';
import { eventLog, widgetEventNames, type LogEntry } from './event-log.js';
import { flowGraph, type FlowGraph } from './flow-graph.js';
import { flowPaths, type FlowPath } from './flow-paths.js';
import type { Layout } from './layout.js';
import { onFlowWords, pathTo, type FlowWordsUpdate } from './live-words.js';
import { pathList, type PathListModel, type ReplayStatus } from './path-list.js';
import { pathUsage, type PathUsage } from './path-usage.js';
import { replayPath } from './replay.js';
import { cleanHost, hostFields, preset, settingsToQuery, type LabSettings, type PresetId } from './settings.js';
import { setupForm } from './setup-form.js';
import { chartLayout, chartLegend, stateChart, tracePath } from './state-chart.js';
import { labText, type LabText } from './strings.js';
import { ticketFileName, ticketJson, ticketView, type CopyState } from './ticket-view.js';
import { readTranscript, transcriptMarkdown } from './transcript.js';
import { saveConversation } from './save-conversation.js';
import type { SaveResult } from './save-test.js';
import { workbench } from './workbench.js';

interface Chart {
  problem: ProblemId;
  machine: AnyStateMachine;
  graph: FlowGraph;
  layout: Layout;
}

export interface FlowLabOptions {
  root: HTMLElement;
  widget: WalletSupport;
  pageLocale: PageLocale;
  settings: LabSettings;
  /** Pause between replayed steps, in ms. */
  replayDelay: number;
}

const maxLogEntries = 500;

/** Every host field present, unknown ones as `undefined`: `start()` then clears what was set before. */
export function fullHost(host: HostContext): HostContext {
  return Object.fromEntries(hostFields.map((field) => [field, host[field]])) as HostContext;
}

export class FlowLab {
  readonly widget: WalletSupport;
  private readonly root: HTMLElement;
  private pageLocale: PageLocale;
  private settings: LabSettings;
  private readonly replayDelay: number;

  private chart?: Chart;
  private chartLoad?: Promise<void>;
  private paths?: FlowPath[];
  private pathsKey = '';
  private active?: string;
  private trail: string[] = [];
  private traced?: number;
  private filter = '';
  private replay?: ReplayStatus;
  private replayAbort?: AbortController;
  private events: LogEntry[] = [];
  private nextEventId = 1;
  private ticket?: Ticket;
  private copyState: CopyState;
  private notice = '';
  private formVersion = 0;
  private chartZoom: 'fit' | 'full' = 'fit';
  private scrolledTo?: string;
  private renderQueued = false;
  private lastSave?: SaveResult;
  /** An imported analytics export, drawn on the chart and counted in the path list. */
  readonly analytics = new AnalyticsImport(() => this.update());
  private pathSort: PathUsage['sort'] = 'ending';
  /** Paste an error, see its cause and where each flow sends it (public for the demo tests). */
  readonly errorSandbox = new ErrorSandbox(() => this.update());
  /** The state whose texts the workbench shows, when picked; else the current one. */
  private selected?: string;
  private replaySpeed = 1;

  constructor(options: FlowLabOptions) {
    this.root = options.root;
    this.widget = options.widget;
    this.pageLocale = options.pageLocale;
    this.settings = options.settings;
    this.replayDelay = options.replayDelay;
    for (const name of widgetEventNames) this.widget.addEventListener(name, this.handleWidgetEvent);
    onFlowWords(this.handleFlowWords);
  }

  private get text(): LabText {
    return labText[this.pageLocale];
  }

  /** Draws the page and starts the widget with the current settings. */
  async start(): Promise<void> {
    applyPageLocale(this.pageLocale);
    this.update();
    await this.restartWidget();
    // On a phone the open panel fills the screen: let the agent see the lab first.
    if (matchMedia('(max-width: 480px), (max-height: 480px)').matches) this.widget.hide();
  }

  /** Resolves once the chart and paths for the current flow are ready (for tests and replays). */
  async ready(): Promise<void> {
    await this.chartLoad;
  }

  get currentPaths(): readonly FlowPath[] | undefined {
    return this.paths;
  }

  /** What the last "Save as test" made (for tests). */
  get lastSavedTest(): SaveResult | undefined {
    return this.lastSave;
  }

  get chartProblem(): ProblemId | undefined {
    return this.chart?.problem;
  }

  /** The pause before each replayed step, at the chosen speed. */
  get replayStepDelay(): number {
    return this.replaySpeed === 0 ? 0 : this.replayDelay / this.replaySpeed;
  }

  async restartWidget(): Promise<void> {
    this.stopReplay();
    this.trail = [];
    this.active = undefined;
    this.widget.lang = this.settings.locale;
    const problem = this.settings.problem && this.settings.problem in flowLoaders ? this.settings.problem : undefined;
    const showing = problem ? this.showFlow(problem) : Promise.resolve();
    // An empty problem starts the widget on its first question ("what went wrong?"). The lab
    // always starts afresh: where the widget keeps conversations, start() would resume one.
    const starting = this.widget
      .start(problem ?? '', fullHost(this.settings.host))
      .then(() => (this.widget.persist === 'none' ? undefined : this.widget.reset()));
    await Promise.all([starting, showing]);
    this.update();
  }

  async applySettings(settings: LabSettings): Promise<void> {
    this.settings = { ...settings, host: cleanHost(settings.host) };
    this.formVersion++;
    const url = new URL(location.href);
    url.search = settingsToQuery(this.settings, url.searchParams);
    history.replaceState(history.state, '', url);
    await this.restartWidget();
  }

  /** Replays the path at `index` of the current list; resolves when it ends or fails. */
  async replayPathAt(index: number): Promise<ReplayStatus | undefined> {
    const path = this.paths?.[index];
    const chart = this.chart;
    if (!path || !chart) return undefined;
    this.stopReplay();
    const abort = new AbortController();
    this.replayAbort = abort;
    this.traced = index;
    this.replay = { path: index, phase: 'running', step: 0, total: path.steps.length };
    this.update();
    try {
      await replayPath(this.widget, path, {
        problem: chart.problem,
        context: fullHost(this.settings.host),
        delay: () => this.replayStepDelay,
        signal: abort.signal,
        onStep: (step, total) => {
          if (this.replayAbort !== abort) return;
          this.replay = { path: index, phase: 'running', step, total };
          this.update();
        },
      });
      if (this.replayAbort === abort)
        this.replay = { path: index, phase: 'done', step: path.steps.length, total: path.steps.length };
    } catch (error) {
      if (this.replayAbort === abort) {
        const message = error instanceof Error ? error.message : String(error);
        this.replay = { path: index, phase: 'failed', step: this.replay?.step ?? 0, total: path.steps.length, message };
      }
    }
    if (this.replayAbort === abort) this.replayAbort = undefined;
    this.update();
    return this.replay;
  }

  /**
   * A words file of the flow on show was saved (the demo server; live-words.ts): the chart and paths
   * are drawn again with the new words, and the widget is walked back to the state it was in, so the
   * edited text shows there at once (a path's sample answers stand in for what was typed).
   */
  private handleFlowWords = async ({ flow, keys }: FlowWordsUpdate) => {
    if (keys.length === 0 || flow !== this.chart?.problem) return;
    const trail = this.trail;
    this.pathsKey = '';
    await this.showFlow(flow as ProblemId);
    const path = this.paths && pathTo(this.paths, trail);
    if (!path || this.replay?.phase === 'running') return;
    this.stopReplay();
    await replayPath(this.widget, path, { problem: flow as ProblemId, context: fullHost(this.settings.host) }).catch(
      (error: unknown) => {
        this.notice = `${flow}: ${error instanceof Error ? error.message : String(error)}`;
        this.update();
      },
    );
  };

  private stopReplay(): void {
    this.replayAbort?.abort(new DOMException('Stopped', 'AbortError'));
    this.replayAbort = undefined;
    if (this.replay?.phase === 'running') this.replay = undefined;
  }

  /** Loads a flow's machine and lays out its chart and paths for the current settings. */
  private showFlow(problem: ProblemId): Promise<void> {
    const key = JSON.stringify([problem, this.settings.locale, this.settings.host]);
    if (this.chart?.problem === problem && this.pathsKey === key && this.chartLoad) return this.chartLoad;
    this.pathsKey = key;
    this.paths = undefined;
    this.chartLoad = this.loadChart(problem, key).catch((error: unknown) => {
      // A flow that fails to load (a broken chunk, a syntax error while editing) is reported, not thrown.
      this.notice = `${problem}: ${error instanceof Error ? error.message : String(error)}`;
      this.update();
    });
    return this.chartLoad;
  }

  private async loadChart(problem: ProblemId, key: string): Promise<void> {
    const machine = this.chart?.problem === problem ? this.chart.machine : await loadFlow(problem);
    if (this.pathsKey !== key) return;
    if (this.chart?.problem !== problem) this.selected = undefined;
    this.chart = this.drawn(problem, machine);
    this.update();
    const facts = factsFromHost(this.settings.host);
    const paths = await flowPaths(machine, { locale: this.settings.locale, problem, facts });
    if (this.pathsKey !== key) return;
    this.paths = paths;
    this.update();
  }

  /** The chart in the lab's language: what each state says, what moves each edge. */
  private drawn(problem: ProblemId, machine: AnyStateMachine): Chart {
    const graph = flowGraph(machine, this.pageLocale);
    return { problem, machine, graph, layout: chartLayout(graph, this.text) };
  }

  private handleWidgetEvent = (event: Event) => {
    const type = event.type as keyof WalletSupportEventMap;
    const detail = (event as CustomEvent).detail as unknown;
    this.events = [{ id: this.nextEventId++, at: new Date(), type, detail }, ...this.events].slice(0, maxLogEntries);
    if (type === 'wallet-support-step')
      this.handleStep(detail as WalletSupportEventMap['wallet-support-step']['detail']);
    if (type === 'wallet-support-ticket') {
      // The lab is the host that takes the ticket over: it shows it rather than sending it anywhere.
      deliverTicket(this.widget, event as CustomEvent<{ ticket: Ticket }>, 'LAB');
      this.ticket = (detail as { ticket: Ticket }).ticket;
      this.copyState = undefined;
    }
    this.update();
  };

  private handleStep({ problem, state }: { problem?: ProblemId; state: string }): void {
    if (problem && problem !== this.chart?.problem && problem in flowLoaders) {
      this.trail = [];
      void this.showFlow(problem);
    }
    const known =
      problem && this.chart?.problem === problem && this.chart.graph.nodes.some((node) => node.value === state);
    if (!known) {
      // Starting over, or still asking what went wrong: a new conversation begins.
      this.active = undefined;
      this.trail = [];
      return;
    }
    this.active = state;
    if (this.trail.at(-1) !== state) this.trail = [...this.trail, state];
  }

  /** Shows a state's texts in the workbench; undefined goes back to following the conversation. */
  private select = (state: string | undefined) => {
    this.selected = state;
    this.update();
  };

  private setZoom(zoom: 'fit' | 'full'): void {
    this.chartZoom = zoom;
    this.scrolledTo = undefined;
    this.update();
  }

  private handlePreset = (id: PresetId) => {
    void this.applySettings({ ...this.settings, host: preset(id, this.settings.locale) });
  };

  private handlePageLocale = (locale: PageLocale) => {
    this.pageLocale = locale;
    applyPageLocale(locale);
    if (this.chart) this.chart = this.drawn(this.chart.problem, this.chart.machine);
    this.formVersion++;
    this.update();
  };

  private handleExportTranscript = () => {
    const lines = readTranscript(this.widget);
    if (lines.length === 0) {
      this.notice = this.text.setup.nothingToExport;
      this.update();
      return;
    }
    this.notice = '';
    const problem = this.chart?.problem;
    const markdown = transcriptMarkdown({
      problem,
      locale: this.settings.locale,
      host: this.settings.host,
      states: this.trail,
      lines,
      exportedAt: new Date(),
    });
    downloadText(`transcript-${problem ?? 'triage'}-${fileStamp()}.md`, markdown, 'text/markdown');
    this.update();
  };

  /** "Save as test": the conversation as a file for test/transcripts/, downloaded and copied. */
  private handleSaveTest = async () => {
    const setup = { locale: this.settings.locale, asksProblem: !this.settings.problem, host: this.settings.host };
    const result = await saveConversation(this.widget, { ...setup, flow: this.chart?.problem }, this.events);
    const copied = result.saved && (await copyText(result.text));
    if (result.saved) downloadText(result.name, result.text, 'application/json');
    const words = this.text.saveTest;
    this.notice = result.saved
      ? words.saved(result.name, copied)
      : result.why === 'nothing'
        ? words.nothing
        : words.differs(result.detail ?? '');
    this.lastSave = result;
    this.update();
  };

  private handleCopyTicket = async () => {
    if (!this.ticket) return;
    this.copyState = (await copyText(ticketJson(this.ticket))) ? 'copied' : 'failed';
    this.update();
  };

  private handleDownloadTicket = () => {
    if (this.ticket) downloadText(ticketFileName(this.ticket), ticketJson(this.ticket), 'application/json');
  };

  /** Re-renders on the next microtask, so a burst of events draws once. */
  private update(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      document.title = `${this.text.title} · wallet-support-widget`;
      render(this.template(), this.root);
      this.followActiveState();
    });
  }

  /** Scrolls the chart so the state the conversation is in stays in view (the page too, during a replay). */
  private followActiveState(): void {
    if (this.active === this.scrolledTo) return;
    this.scrolledTo = this.active;
    const scroller = this.root.querySelector<HTMLElement>('.chart-scroll');
    const node = scroller?.querySelector('[aria-current="step"]');
    if (!scroller || !node) return;
    // A replay is started from the path list, below the chart: bring the chart's state into view.
    if (this.replay?.phase === 'running') node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = node.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    scroller.scrollTo({
      left: scroller.scrollLeft + box.left - view.left - (view.width - box.width) / 2,
      top: scroller.scrollTop + box.top - view.top - (view.height - box.height) / 2,
      behavior: smooth ? 'smooth' : 'auto',
    });
  }

  private template() {
    const text = this.text;
    return html`
      ${demoBar('lab', this.pageLocale, this.handlePageLocale)}
      <header class="lab-header">
        <h1>${text.title}</h1>
        <p>${text.tagline}</p>
      </header>
      <main class="lab-main">
        ${keyed(
          this.formVersion,
          setupForm(this.settings, text, this.pageLocale, this.notice, {
            apply: (settings) => void this.applySettings(settings),
            preset: this.handlePreset,
            exportTranscript: this.handleExportTranscript,
            saveTest: () => void this.handleSaveTest(),
          }),
        )}
        ${this.chartTemplate(text)}
        ${this.analytics.panel(this.chart?.problem, this.chart?.machine.version, analyticsText[this.pageLocale])}
        ${workbench(
          { machine: this.chart?.machine, graph: this.chart?.graph, selected: this.selected, active: this.active },
          text,
          this.select,
        )}
        <div class="lab-columns">
          ${pathList(this.pathModel(), this.chart?.graph, text, {
            replay: (index) => void this.replayPathAt(index),
            stop: () => {
              this.stopReplay();
              this.update();
            },
            filter: (filter) => {
              this.filter = filter;
              this.update();
            },
            trace: (index) => {
              if (this.replay?.phase === 'running') return;
              this.traced = index;
              this.update();
            },
            speed: (speed) => {
              this.replaySpeed = speed;
              this.update();
            },
          })}
          <div class="lab-side">
            ${eventLog(this.events, text, () => {
              this.events = [];
              this.update();
            })}
            ${ticketView(this.ticket, text, this.copyState, { copy: this.handleCopyTicket, download: this.handleDownloadTicket })}
          </div>
        </div>
        ${this.errorSandbox.render(this.pageLocale)}
      </main>
    `;
  }

  private pathModel(): PathListModel {
    return {
      paths: this.paths,
      filter: this.filter,
      replay: this.replay,
      speed: this.replaySpeed,
      usage: this.pathUsage(),
    };
  }

  /** How often each path was taken, once an export with this flow's version is imported. */
  private pathUsage(): PathUsage | undefined {
    const figures = this.analytics.figures(this.chart?.problem, this.chart?.machine.version);
    if (!figures) return undefined;
    const text = analyticsText[this.pageLocale].paths;
    return pathUsage(figures.paths, {
      sort: this.pathSort,
      setSort: (sort) => {
        this.pathSort = sort;
        this.update();
      },
      text,
      taken: text.taken,
    });
  }

  private chartTemplate(text: LabText) {
    const chart = this.chart;
    const figures = this.analytics.figures(chart?.problem, chart?.machine.version);
    const traced = this.traced === undefined ? undefined : this.paths?.[this.traced];
    return html`<section class="card chart-card" aria-labelledby="chart-heading">
      <header class="card-head">
        <h2 id="chart-heading">${chart ? text.chart.heading(chart.problem) : text.chart.heading('—')}</h2>
        ${chartLegend(text)}
      </header>
      <div class="chart-bar">
        <p class="current-state" aria-live="polite">
          ${text.chart.current}: <strong>${this.active ?? text.chart.none}</strong>
        </p>
        <div class="zoom" role="group" aria-label=${text.chart.zoom}>
          ${(['fit', 'full'] as const).map(
            (zoom) =>
              html`<button
                type="button"
                class="quiet"
                aria-pressed=${this.chartZoom === zoom ? 'true' : 'false'}
                @click=${() => this.setZoom(zoom)}
              >
                ${zoom === 'fit' ? text.chart.fit : text.chart.actualSize}
              </button>`,
          )}
        </div>
      </div>
      ${
        chart
          ? html`<div
              class=${`chart-scroll ${this.chartZoom}`}
              style=${`--chart-width:${chart.layout.width}px`}
              role="region"
              aria-label=${text.chart.name(chart.problem)}
              tabindex="0"
            >
              ${stateChart(
                chart.graph,
                chart.layout,
                text,
                {
                  active: this.active,
                  // The states the conversation rested in, and those it passed on the way (a diagnosis,
                  // a router, a hand-over to the ticket, a question the host had answered).
                  visited: tracePath(chart.graph, this.trail).states,
                  path: traced?.states,
                  pathActions: traced?.steps.map((step) => step.action),
                  selected: this.selected,
                },
                'lab-chart',
                this.select,
                figures && nodeFigures(figures, analyticsText[this.pageLocale]),
              )}
            </div>`
          : html`<p class="empty">${text.chart.waiting}</p>`
      }
    </section>`;
  }
}

/** The flows that exist, in the contract's order. */
export function availableFlows(): ProblemId[] {
  return problemIds.filter((id) => id in flowLoaders);
}
