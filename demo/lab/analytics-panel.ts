/**
 * The lab's analytics card: import an export (a file picked or dropped, or the sample that
 * `npm run sample:analytics` writes), pick the flow version, read the flow's figures and its fixes'
 * solved rates. It keeps what was imported; the computing is analytics.ts's, the chart's figures
 * analytics-overlay.ts's.
 */
import { html, nothing } from 'lit';
import {
  parseExport,
  solvedRate,
  summarize,
  versionsOf,
  type AnalyticsSummary,
  type FlowFigures,
  type ParsedExport,
} from './analytics.js';
import { percent, type AnalyticsText } from './analytics-strings.js';

/** Where the sample lives beside this module (served by the demo server and the test runner alike). */
const sampleUrl = new URL('./sample-analytics.jsonl', import.meta.url);

interface Imported {
  source: string;
  summary: AnalyticsSummary;
  events: number;
  conversations: number;
  bad: ParsedExport['bad'];
}

export class AnalyticsImport {
  #imported?: Imported;
  /** A file that could not be read (its name), or one with no events. */
  #problem?: { kind: 'unreadable' | 'empty'; source: string };
  #loading = false;
  /** The version picked per flow; without a pick, the running flow's version, else the newest. */
  readonly #picked = new Map<string, string>();

  constructor(private readonly changed: () => void) {}

  get summary(): AnalyticsSummary | undefined {
    return this.#imported?.summary;
  }

  /** Reads an export's text; `source` names it in what the lab says. */
  read(source: string, text: string): void {
    const parsed = parseExport(text);
    this.#problem = parsed.events.length === 0 ? { kind: 'empty', source } : undefined;
    const summary = summarize(parsed.events);
    const conversations = [...summary.flows.values()]
      .flatMap((versions) => [...versions.values()])
      .reduce((sum, figures) => sum + figures.conversations, summary.triageOnly);
    this.#imported =
      parsed.events.length === 0
        ? undefined
        : { source, summary, events: parsed.events.length, conversations, bad: parsed.bad };
    this.#picked.clear();
    this.changed();
  }

  async readFile(file: File): Promise<void> {
    await this.#whileLoading(file.name, () => file.text());
  }

  async loadSample(): Promise<void> {
    await this.#whileLoading('sample-analytics.jsonl', async () => {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    });
  }

  clear(): void {
    this.#imported = undefined;
    this.#problem = undefined;
    this.#picked.clear();
    this.changed();
  }

  /** The figures shown for a flow: the picked version, else the running one, else the newest. */
  figures(problem: string | undefined, running?: string): FlowFigures | undefined {
    const summary = this.summary;
    if (!summary || !problem) return undefined;
    const versions = summary.flows.get(problem);
    const version =
      this.#picked.get(problem) ?? (running && versions?.has(running) ? running : versionsOf(summary, problem)[0]);
    return version === undefined ? undefined : versions?.get(version);
  }

  /** The card. `problem` and `running` are the chart's flow and its machine's version. */
  panel(problem: string | undefined, running: string | undefined, text: AnalyticsText) {
    const figures = this.figures(problem, running);
    return html`<section
      class="card analytics-card"
      aria-labelledby="analytics-heading"
      @dragover=${this.#handleDragOver}
      @drop=${this.#handleDrop}
    >
      <header class="card-head">
        <h2 id="analytics-heading">${text.heading}</h2>
      </header>
      <p class="intro">${text.intro}</p>
      <div class="analytics-import">
        <label class="file-button">
          ${text.choose}
          <input
            type="file"
            accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/json,text/plain"
            @change=${this.#handlePick}
          />
        </label>
        <span class="drop-hint">${text.drop}</span>
        <button type="button" class="quiet load-sample" @click=${() => void this.loadSample()}>
          ${text.loadSample}
        </button>
        ${this.#imported ? html`<button type="button" class="quiet" @click=${() => this.clear()}>${text.clear}</button>` : nothing}
      </div>
      <div class="analytics-status" role="status">${this.#statusText(text)}</div>
      ${problem && this.summary ? this.#flowFigures(problem, running, figures, text) : nothing}
    </section>`;
  }

  #statusText(text: AnalyticsText) {
    if (this.#loading) return text.loading;
    if (this.#problem?.kind === 'unreadable') return text.unreadable(this.#problem.source);
    if (this.#problem?.kind === 'empty') return text.noEvents;
    const imported = this.#imported;
    if (!imported) return nothing;
    const { source, events, conversations, bad } = imported;
    return html`<p>${text.loaded(source, events, conversations)}</p>
      ${bad.length ? html`<p class="bad-lines">${text.badLines(bad.length, bad[0]!.line)}</p>` : nothing}`;
  }

  #flowFigures(problem: string, running: string | undefined, figures: FlowFigures | undefined, text: AnalyticsText) {
    const versions = versionsOf(this.summary!, problem);
    if (!figures) return html`<p class="empty">${text.noFigures(problem)}</p>`;
    const rated = figures.rated.helpful + figures.rated.notHelpful;
    const share = (count: number) => (figures.conversations ? ` (${percent(count / figures.conversations)})` : '');
    return html`
      ${
        versions.length > 1
          ? html`<label class="version-field"
              >${text.version}
              <select
                @change=${(event: Event) => {
                  this.#picked.set(problem, (event.target as HTMLSelectElement).value);
                  this.changed();
                }}
              >
                ${versions.map(
                  (version) =>
                    html`<option value=${version} ?selected=${version === figures.version}>
                      ${version === running ? text.running(version) : version}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <dl class="analytics-summary" data-version=${figures.version}>
        <div>
          <dt>${text.summary.conversations}</dt>
          <dd class="conversations">${figures.conversations}</dd>
        </div>
        <div>
          <dt>${text.summary.resolved}</dt>
          <dd class="resolved">${figures.resolved}${share(figures.resolved)}</dd>
        </div>
        <div>
          <dt>${text.summary.tickets}</dt>
          <dd class="tickets">${figures.tickets}${share(figures.tickets)}</dd>
        </div>
        <div>
          <dt>${text.summary.unfinished}</dt>
          <dd class="unfinished">${figures.unfinished}${share(figures.unfinished)}</dd>
        </div>
        ${
          rated
            ? html`<div>
                <dt>${text.summary.helpful}</dt>
                <dd>${percent(figures.rated.helpful / rated)} (${figures.rated.helpful}/${rated})</dd>
              </div>`
            : nothing
        }
      </dl>
      ${figures.fixes.size ? this.#fixTable(figures, text) : nothing}
    `;
  }

  #fixTable(figures: FlowFigures, text: AnalyticsText) {
    const rows = [...figures.fixes.entries()].sort(([, a], [, b]) => b.reached - a.reached);
    return html`<table class="fix-table">
      <caption>
        ${text.fixes.heading}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.fixes.fix}</th>
          <th scope="col">${text.fixes.reached}</th>
          <th scope="col">${text.fixes.solved}</th>
          <th scope="col">${text.fixes.rate}</th>
          <th scope="col">${text.fixes.helpful}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(([state, fix]) => {
          const rate = solvedRate(fix);
          const rated = fix.rated.helpful + fix.rated.notHelpful;
          return html`<tr data-fix=${state}>
            <th scope="row"><code>${state}</code></th>
            <td>${fix.reached}</td>
            <td>${fix.solved}</td>
            <td>${rate === undefined ? '—' : percent(rate)}</td>
            <td>${rated ? `${percent(fix.rated.helpful / rated)} (${fix.rated.helpful}/${rated})` : '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  async #whileLoading(source: string, read: () => Promise<string>): Promise<void> {
    this.#loading = true;
    this.changed();
    try {
      this.read(source, await read());
    } catch {
      this.#imported = undefined;
      this.#problem = { kind: 'unreadable', source };
    } finally {
      this.#loading = false;
      this.changed();
    }
  }

  #handlePick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.readFile(file);
    // The same file picked again (after editing it) is read again.
    input.value = '';
  };

  #handleDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  #handleDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.readFile(file);
  };
}
