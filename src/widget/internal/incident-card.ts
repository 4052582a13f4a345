/**
 * The card a known incident (internal/known-incident.ts) is said in, before anything else: what
 * is wrong, its latest update, the status page, and "Continue anyway". Loaded with it.
 */
import { html, nothing } from 'lit';
import type { Locale } from '../../shared/types.js';
import { formatDateTime } from './format.js';
import type { KnownIncident } from './known-incident.js';

const words = {
  'zh-CN': {
    incident: '已知故障',
    maintenance: '正在维护',
    posted: (at: string) => `更新于 ${at}`,
    statusPage: '查看服务状态',
    continue: '仍然继续',
  },
  en: {
    incident: 'Known problem',
    maintenance: 'Maintenance in progress',
    posted: (at: string) => `Posted ${at}`,
    statusPage: 'See the status page',
    continue: 'Continue anyway',
  },
  'zh-TW': {
    incident: '已知問題',
    maintenance: '正在維護',
    posted: (at: string) => `更新於 ${at}`,
    statusPage: '查看服務狀態',
    continue: '仍然繼續',
  },
} satisfies Record<Locale, unknown>;

export function renderIncident(incident: KnownIncident, locale: Locale, dismiss: () => void) {
  const t = words[locale];
  return html`<section class="incident" role="status" aria-labelledby="incident-name">
    <p class="incident-kind">${incident.maintenance ? t.maintenance : t.incident}</p>
    <h3 id="incident-name">${incident.name}</h3>
    ${
      incident.update
        ? html`<p>${incident.update.body}</p>
            <p class="hint">${t.posted(formatDateTime(incident.update.at, locale))}</p>`
        : nothing
    }
    <div class="fallbacks">
      ${incident.url ? html`<a href=${incident.url} target="_blank" rel="noopener noreferrer">${t.statusPage}</a>` : nothing}
      <button type="button" @click=${dismiss}>${t.continue}</button>
    </div>
  </section>`;
}
