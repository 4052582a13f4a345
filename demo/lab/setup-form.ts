/** The side form: flow, widget language and host context; "Restart widget" applies them. */
import { html } from 'lit';
import { flowLoaders } from '../../flows/index.js';
import { paymentMethods } from '../../src/engine/context.js';
import { toDateTimeLocal } from '../../src/engine/iso-time.js';
import { problemIds } from '../../src/shared/problems.js';
import { localize } from '../../src/engine/text.js';
import { problemLabels } from '../../src/engine/triage.js';
import type { PageLocale } from '../site/page-locale.js';
import { hostFields, presetIds, settingsFromForm, type LabSettings, type PresetId } from './settings.js';
import type { LabText } from './strings.js';

export interface SetupHandlers {
  apply: (settings: LabSettings) => void;
  preset: (id: PresetId) => void;
  exportTranscript: () => void;
  saveTest: () => void;
}

const widgetLocales = [
  { value: 'zh-CN', label: '简体中文 (zh-CN)' },
  { value: 'zh-TW', label: '繁體中文 (zh-TW)' },
  { value: 'en', label: 'English (en)' },
] as const;

const currencies = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'JPY'];

/** Flows in the contract's order; those without a flow file yet are listed but cannot be picked. */
export function flowOptions(pageLocale: PageLocale) {
  return problemIds.map((id) => ({
    id,
    label: localize(problemLabels[id], pageLocale),
    available: id in flowLoaders,
  }));
}

export function setupForm(
  settings: LabSettings,
  text: LabText,
  pageLocale: PageLocale,
  notice: string,
  handlers: SetupHandlers,
) {
  const t = text.setup;
  const { host } = settings;
  const field = (
    name: string,
    label: string,
    value: string | undefined,
    extra: Partial<{ type: string; inputmode: string; placeholder: string; list: string }> = {},
  ) =>
    html`<label class="field">
      <span>${label}</span>
      <input
        name=${name}
        type=${extra.type ?? 'text'}
        inputmode=${extra.inputmode ?? 'text'}
        placeholder=${extra.placeholder ?? ''}
        list=${extra.list ?? ''}
        autocomplete="off"
        .value=${value ?? ''}
      />
    </label>`;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    handlers.apply(settingsFromForm(event.currentTarget as HTMLFormElement));
  };
  const known = hostFields.filter((name) => host[name]);
  return html`<section class="card setup-card" aria-labelledby="setup-heading">
    <h2 id="setup-heading">${t.heading}</h2>
    <form class="setup" @submit=${onSubmit}>
      <div class="setup-row">
        <label class="field flow-field">
          <span>${t.flow}</span>
          <select name="problem">
            <option value="" ?selected=${settings.problem === ''}>${t.askFirst}</option>
            ${flowOptions(pageLocale).map(
              (flow) =>
                html`<option value=${flow.id} ?selected=${flow.id === settings.problem} ?disabled=${!flow.available}>
                  ${flow.label} · ${flow.id}${flow.available ? '' : ` (${t.notBuilt})`}
                </option>`,
            )}
          </select>
        </label>
        <label class="field locale-field">
          <span>${t.language}</span>
          <select name="locale">
            ${widgetLocales.map(
              (locale) =>
                html`<option value=${locale.value} ?selected=${locale.value === settings.locale}>
                  ${locale.label}
                </option>`,
            )}
          </select>
        </label>
        <div class="form-actions">
          <button type="submit" class="primary">${t.restart}</button>
          <button type="button" class="secondary" @click=${handlers.exportTranscript}>${t.exportTranscript}</button>
          <button type="button" class="secondary" @click=${handlers.saveTest}>${text.saveTest.button}</button>
        </div>
      </div>
      <details class="host" ?open=${known.length > 0}>
        <summary>
          <span class="host-title">${t.host}</span>
          <span class="host-known"
            >${known.length ? known.map((name) => html`<code>${host[name]}</code>`) : t.nothingKnown}</span
          >
        </summary>
        <p class="hint">${t.hostHint}</p>
        <div class="host-grid">
          ${field('amount', t.amount, host.amount, { inputmode: 'decimal', placeholder: '1299.50' })}
          ${field('currency', t.currency, host.currency, { placeholder: 'CNY', list: 'lab-currencies' })}
          ${field('occurredAt', t.time, toDateTimeLocal(host.occurredAt), { type: 'datetime-local' })}
          ${field('errorCode', t.errorCode, host.errorCode, { placeholder: '51' })}
          <div class="wide">
            ${field('errorMessage', t.errorMessage, host.errorMessage, { placeholder: '余额不足' })}
          </div>
          ${field('merchant', t.merchant, host.merchant)} ${field('orderId', t.orderId, host.orderId)}
          <label class="field">
            <span>${t.paymentMethod}</span>
            <select name="paymentMethod">
              <option value="" ?selected=${!host.paymentMethod}>${t.notKnown}</option>
              ${paymentMethods.map(
                (method) =>
                  html`<option value=${method} ?selected=${host.paymentMethod === method}>
                    ${t.paymentMethods[method]} · ${method}
                  </option>`,
              )}
            </select>
          </label>
          ${field('supportPhone', t.supportPhone, host.supportPhone, { inputmode: 'tel', placeholder: '95188' })}
        </div>
        <datalist id="lab-currencies">${currencies.map((code) => html`<option value=${code}></option>`)}</datalist>
      </details>
      <div class="presets" role="group" aria-label=${t.presets}>
        <span class="presets-label" aria-hidden="true">${t.presets}</span>
        ${presetIds.map(
          (id) =>
            html`<button type="button" class="chip" @click=${() => handlers.preset(id)}>${t.presetNames[id]}</button>`,
        )}
      </div>
      <p class="notice" role="status">${notice}</p>
    </form>
  </section>`;
}
