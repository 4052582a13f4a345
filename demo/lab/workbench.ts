/**
 * The writer's workbench: the texts of one state (clicked in the chart, picked from the list, or
 * the conversation's current one) in all three languages side by side, each translation that is
 * missing or still the text it was made from marked. What it reads comes from state-texts.ts.
 */
import { html, nothing } from 'lit';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { stateValueOf, type FlowGraph } from './flow-graph.js';
import { stateTexts, textLocales, translationMarks } from './state-texts.js';
import type { LabText } from './strings.js';

export interface WorkbenchModel {
  machine?: AnyStateMachine;
  graph?: FlowGraph;
  /** The state picked in the chart or the list... */
  selected?: string;
  /** ...else the one the conversation is in. */
  active?: string;
}

/** The state node the session reports as `value` (see stateValueOf). */
export function stateNodeOf(machine: AnyStateMachine, value: string): AnyStateNode | undefined {
  const visit = (node: AnyStateNode): AnyStateNode | undefined => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (children.length === 0) return stateValueOf(node) === value ? node : undefined;
    return children.map(visit).find(Boolean);
  };
  return visit(machine.root as AnyStateNode);
}

function textsTable(node: AnyStateNode, text: LabText) {
  const t = text.workbench;
  const texts = stateTexts(node);
  if (texts.length === 0) return html`<p class="empty">${t.noTexts}</p>`;
  return html`<div class="workbench-scroll">
    <table class="workbench-texts">
      <thead>
        <tr>
          <th scope="col">${t.role}</th>
          ${textLocales.map((locale) => html`<th scope="col">${t.locales[locale]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${texts.map((found) => {
          const marks = translationMarks(found.words);
          return html`<tr data-role=${found.role}>
            <th scope="row">${t.roles[found.role]}${found.id ? html` <code>${found.id}</code>` : nothing}</th>
            ${textLocales.map((locale) => {
              const mark = marks[locale];
              return html`<td data-locale=${locale} class=${mark ?? nothing}>
                ${mark ? html`<span class="mark">${t.marks[mark]}</span>` : nothing}
                <span class="words" lang=${locale}>${found.words[locale] ?? ''}</span>
              </td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

export function workbench(model: WorkbenchModel, text: LabText, select: (state: string | undefined) => void) {
  const t = text.workbench;
  const value = model.selected ?? model.active;
  const node = value && model.machine ? stateNodeOf(model.machine, value) : undefined;
  const graphNode = model.graph?.nodes.find((candidate) => candidate.value === value);
  return html`<section class="card workbench-card" aria-labelledby="workbench-heading">
    <header class="card-head">
      <h2 id="workbench-heading">${t.heading}</h2>
      <label class="workbench-pick">
        <span>${t.state}</span>
        <select
          .value=${model.selected ?? ''}
          @change=${(event: Event) => select((event.target as HTMLSelectElement).value || undefined)}
        >
          <option value="" ?selected=${!model.selected}>${t.current}${model.active ? `: ${model.active}` : ''}</option>
          ${(model.graph?.nodes ?? []).map(
            (candidate) =>
              html`<option value=${candidate.value} ?selected=${candidate.value === model.selected}>
                ${candidate.key}
              </option>`,
          )}
        </select>
      </label>
    </header>
    <p class="intro">${t.intro} ${t.marksHint}</p>
    ${
      node
        ? html`<p class="workbench-state" data-state=${value}>
              <strong>${node.key}</strong>
              <span class="badge">${model.selected ? t.selected : t.current}</span>
              ${graphNode?.description ? html`<span class="description" lang="en">${graphNode.description}</span>` : nothing}
            </p>
            ${textsTable(node, text)}`
        : html`<p class="empty">${t.none}</p>`
    }
  </section>`;
}
