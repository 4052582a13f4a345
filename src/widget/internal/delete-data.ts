/**
 * "Delete my data" (issue 18): everything the widget keeps on this device goes: the kept
 * conversation (in either storage), the tickets it remembers sending, and, only once the person
 * confirmed that it will be lost, a ticket not yet delivered, with its images. A chunk of its
 * own, with its words, loaded when the person asks.
 */
import { html } from 'lit';
import type { Locale } from '../../shared/types.js';
import { openStore } from '../../ticket/storage.js';
import type { TicketCourier } from './ticket-handoff.js';

const words = {
  en: {
    confirm: 'A ticket that has not reached support yet will be lost. Delete everything anyway?',
    deleteAnyway: 'Delete everything',
    keep: 'Cancel',
    deleted: 'Everything this chat kept on this device was deleted.',
  },
  'zh-CN': {
    confirm: '还有工单没有送达客服，删除后将无法找回。仍要全部删除吗？',
    deleteAnyway: '全部删除',
    keep: '取消',
    deleted: '本对话保存在此设备上的数据已全部删除。',
  },
  'zh-TW': {
    confirm: '還有案件尚未送達客服，刪除後將無法復原。仍要全部刪除嗎？',
    deleteAnyway: '全部刪除',
    keep: '取消',
    deleted: '本對話儲存在此裝置上的資料已全部刪除。',
  },
} satisfies Record<Locale, unknown>;

/**
 * Deletes what is kept; false, deleting nothing, when a ticket not yet delivered would be lost and
 * the person has not confirmed it.
 */
export function deleteKeptData(courier: TicketCourier, confirmed: boolean): boolean {
  if (!confirmed && courier.undelivered() > 0) return false;
  courier.forget({ undelivered: confirmed });
  for (const kind of ['session', 'local'] as const) {
    const store = openStore(kind);
    for (const key of store.keys('conversation:')) store.remove(key);
  }
  return true;
}

/** Asked before a ticket would be lost: "Delete everything" or "Cancel" (focused first: the safe answer). */
export function renderDeleteConfirmation(locale: Locale, answer: (confirmed: boolean) => void) {
  const t = words[locale];
  return html`<div class="notice" role="group" aria-labelledby="delete-confirm-said">
    <p id="delete-confirm-said">${t.confirm}</p>
    <div class="fallbacks">
      <button type="button" @click=${() => answer(true)}>${t.deleteAnyway}</button>
      <button type="button" class="keep-data" @click=${() => answer(false)}>${t.keep}</button>
    </div>
  </div>`;
}

/** Said once everything is deleted, until the conversation starts over. */
export const renderDeleted = (locale: Locale) => html`<p class="hint" role="status">${words[locale].deleted}</p>`;
