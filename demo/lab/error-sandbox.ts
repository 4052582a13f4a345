/**
 * The lab's error sandbox: a support person pastes an error message and sees the cause the
 * classifier names, its confidence and how it came about, what matched and where, where each
 * flow sends it, and per flow the recognised causes that have no route. It only renders
 * error-report.ts; the flow lab hosts it with one line (`render()` in its template).
 */
import { html, nothing } from 'lit';
import { flowLoaders, loadFlow } from '../../flows/index.js';
import { problemIds, type ProblemId } from '../../src/shared/problems.js';
import type { PageLocale } from '../site/page-locale.js';
import { errorReport, routingGaps, sandboxFlow, type ErrorReport, type SandboxFlow } from './error-report.js';
import { sandboxText, type SandboxText } from './error-sandbox-strings.js';
import { errorSandboxStyles } from './error-sandbox.styles.js';
import type { NodeKind } from './flow-graph.js';
import { labText } from './strings.js';

/** Messages worth trying first: the 05 decline, a Traditional balance error, a vague decline. */
const examples = ['Do not honour (05)', '餘額不足 (51)', '付款被拒绝'];

/** Every flow that is built, with its routing. */
export async function loadSandboxFlows(): Promise<SandboxFlow[]> {
  const built = problemIds.filter((id) => id in flowLoaders);
  return Promise.all(built.map(async (problem) => sandboxFlow(problem, await loadFlow(problem))));
}

export class ErrorSandbox {
  private message = '';
  private code = '';
  private flows?: readonly SandboxFlow[];
  private failure?: string;
  private loading?: Promise<void>;

  /**
   * @param requestUpdate asks the host page to render again.
   * @param loadFlows the flows to route through (all built flows by default; a test may pass others).
   */
  constructor(
    private readonly requestUpdate: () => void,
    private readonly loadFlows: () => Promise<SandboxFlow[]> = loadSandboxFlows,
  ) {}

  /** Resolves once the flows are loaded (for tests); starts loading them if nothing has yet. */
  ready(): Promise<void> {
    this.loading ??= this.loadFlows().then(
      (flows) => {
        this.flows = flows;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.failure = error instanceof Error ? error.message : String(error);
        this.requestUpdate();
      },
    );
    return this.loading;
  }

  render(locale: PageLocale) {
    void this.ready();
    const text = sandboxText[locale];
    const kinds = labText[locale].chart.kinds;
    const report = this.flows && this.message.trim() ? errorReport(this.message, this.code, this.flows) : undefined;
    return html`<section class="card error-sandbox" aria-labelledby="error-sandbox-heading">
      ${errorSandboxStyles}
      <header class="card-head"><h2 id="error-sandbox-heading">${text.heading}</h2></header>
      <p class="intro">${text.intro}</p>
      <div class="sandbox-inputs">
        <label class="field sandbox-message">
          ${text.message}
          <textarea
            name="sandbox-message"
            rows="2"
            placeholder=${text.placeholder}
            spellcheck="false"
            .value=${this.message}
            @input=${this.handleMessage}
          ></textarea>
        </label>
        <label class="field sandbox-code">
          <span>${text.code} <span class="hint">(${text.codeHint})</span></span>
          <input name="sandbox-code" autocomplete="off" .value=${this.code} @input=${this.handleCode} />
        </label>
      </div>
      <div class="sandbox-examples" role="group" aria-label=${text.examples}>
        <span>${text.examples}:</span>
        ${examples.map(
          (example) =>
            html`<button type="button" class="chip" @click=${() => this.setMessage(example)}>${example}</button>`,
        )}
      </div>
      ${
        this.failure
          ? html`<p class="notice" role="alert">${text.loadFailed(this.failure)}</p>`
          : !this.flows
            ? html`<p class="empty">${text.loading}</p>`
            : report
              ? this.renderReport(report, text, kinds)
              : html`<p class="empty">${text.nothingYet}</p>`
      }
      ${this.flows ? this.renderGaps(this.flows, text) : nothing}
    </section>`;
  }

  private renderReport(report: ErrorReport, text: SandboxText, kinds: Record<NodeKind, string>) {
    const { classification, hostCodeWins, confidence } = report.explanation;
    return html`<div class="sandbox-result">
      <dl class="sandbox-verdict" aria-live="polite">
        <dt>${text.cause}</dt>
        <dd><code class="sandbox-cause">${classification.cause}</code></dd>
        <dt>${text.confidence}</dt>
        <dd>
          <strong class="sandbox-confidence">${classification.confidence.toFixed(2)}</strong>
          · ${text.verdicts[report.verdict]}
        </dd>
        ${
          confidence
            ? html`<dt>${text.how}</dt>
                <dd class="sandbox-how">
                  ${
                    hostCodeWins
                      ? text.hostCodeWins
                      : [
                          text.base(confidence.base.toFixed(2)),
                          confidence.agreement !== undefined
                            ? text.agreement(confidence.agreement.toFixed(2))
                            : undefined,
                          confidence.conflict
                            ? text.conflict(
                                String(confidence.conflict.factor),
                                confidence.conflict.with,
                                confidence.conflict.confidence.toFixed(2),
                              )
                            : undefined,
                        ]
                          .filter(Boolean)
                          .join(' ')
                  }
                </dd>`
            : nothing
        }
      </dl>
      <h3>${text.matched}</h3>
      <p class="sandbox-echo">${this.renderEcho(report)}</p>
      ${
        report.evidence.length
          ? html`<ol class="sandbox-hints">
              ${report.evidence.map(
                (hint) =>
                  html`<li class=${hint.decided ? 'decided' : ''} data-cause=${hint.cause}>
                    <code>${hint.shown}</code>
                    <span>${text.hintKinds[hint.kind]}${hint.span ? ` · ${text.at(...hint.span)}` : ''}</span>
                    <span
                      >→
                      ${
                        hint.cause === 'unknown'
                          ? text.saysNothing
                          : html`<code>${hint.cause}</code> ${hint.confidence.toFixed(2)}`
                      }</span
                    >
                    ${hint.decided ? html`<strong class="badge">${text.decides}</strong>` : nothing}
                  </li>`,
              )}
            </ol>`
          : html`<p class="empty">${text.noHints}</p>`
      }
      <h3 id="sandbox-routes-heading">${text.routes}</h3>
      <table class="sandbox-routes" aria-labelledby="sandbox-routes-heading">
        <thead>
          <tr>
            <th scope="col">${text.flow}</th>
            <th scope="col">${text.goesTo}</th>
          </tr>
        </thead>
        <tbody>
          ${report.flows.map(
            (flow) =>
              html`<tr data-problem=${flow.problem} data-kind=${flow.destination.kind}>
                <th scope="row">${flow.problem}</th>
                <td>${this.destinationText(flow, text, kinds)}</td>
              </tr>`,
          )}
          <tr data-problem="" data-kind=${report.triage ? 'triage' : 'triage-list'}>
            <th scope="row">${text.triage}</th>
            <td>${report.triage ? text.triageOpens(report.triage) : text.triagePicks}</td>
          </tr>
        </tbody>
      </table>
    </div>`;
  }

  /** The message as pasted, what matched marked; no whitespace of the template's own (the box keeps the message's). */
  private renderEcho(report: ErrorReport) {
    return report.segments.map((segment) =>
      segment.masked
        ? html`<span class="masked">${segment.text}</span>`
        : segment.hints.length
          ? html`<mark data-hints=${segment.hints.join(' ')}>${segment.text}</mark>`
          : segment.text,
    );
  }

  private destinationText(
    { destination, kind, thenKind }: ErrorReport['flows'][number],
    text: SandboxText,
    kinds: Record<NodeKind, string>,
  ): string {
    const kindName = (value?: NodeKind) => (value ? kinds[value] : '?');
    switch (destination.kind) {
      case 'route':
        return text.route(destination.state, kindName(kind));
      case 'confirm':
        return text.confirm(destination.state, destination.then, kindName(thenKind));
      case 'no-route':
        return text.noRoute(destination.cause, destination.state);
      case 'not-recognised':
        return text.notRecognised(destination.state);
      case 'no-diagnosis':
        return text.noDiagnosis;
    }
  }

  private renderGaps(flows: readonly SandboxFlow[], text: SandboxText) {
    return html`<div class="sandbox-gaps">
      <h3>${text.gaps}</h3>
      <p class="intro">${text.gapsIntro}</p>
      <ul>
        ${routingGaps(flows).map(
          ({ problem, unrouted }: { problem: ProblemId; unrouted?: string[] }) =>
            html`<li data-problem=${problem} data-unrouted=${unrouted?.length ?? ''}>
              <strong>${problem}</strong>:
              ${
                !unrouted
                  ? text.gapsNoDiagnosis
                  : unrouted.length === 0
                    ? text.noGaps
                    : unrouted.map((cause, index) => html`${index ? ', ' : ''}<code>${cause}</code>`)
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private setMessage(message: string): void {
    this.message = message;
    this.requestUpdate();
  }

  private handleMessage = (event: Event) => this.setMessage((event.target as HTMLTextAreaElement).value);

  private handleCode = (event: Event) => {
    this.code = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  };
}
