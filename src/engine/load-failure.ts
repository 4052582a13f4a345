import { t, type Text } from './text.js';

/**
 * What the log says when a flow's chunk (or its words) could not be downloaded, typically a
 * connection lost between the first question and the next: nothing the person said is lost, and
 * "Try again" picks up where they were.
 */
export const flowLoadFailed: Text = t(
  '这部分帮助内容没能加载出来，可能是网络断开了。请检查网络连接，然后点“重试”，我们从刚才的地方继续。',
  'This part of the help could not load; the connection may have dropped. Check your connection, then press "Try again" to carry on where we were.',
  '這部分說明內容沒能載入，可能是網路斷線了。請檢查網路連線，然後點「再試一次」，我們從剛才的地方繼續。',
);

export const retryLabel: Text = t('重试', 'Try again', '再試一次');

/** The id of the "Try again" choice. */
export const RETRY_CHOICE = 'retry-loading';
