import type { Locale } from '../shared/types.js';

/**
 * The few strings the always-loaded part shows (launcher, panel frame, loading state). They live
 * apart from `Translation` so that a page that never opens the widget does not download every
 * string of the conversation and the ticket form.
 */
export interface LauncherText {
  /** Launcher button; starts with the contract's "Help" / "帮助". */
  help: string;
  /** The dialog's name. */
  title: string;
  close: string;
  loading: string;
  loadFailed: string;
  retry: string;
}

const launcherTexts: Record<Locale, LauncherText> = {
  en: {
    help: 'Help',
    title: 'Payment help',
    close: 'Close',
    loading: 'Loading…',
    loadFailed: 'The help chat could not load. Check your connection and try again.',
    retry: 'Try again',
  },
  'zh-CN': {
    help: '帮助',
    title: '支付帮助',
    close: '关闭',
    loading: '加载中…',
    loadFailed: '帮助窗口加载失败，请检查网络后重试。',
    retry: '重试',
  },
  'zh-TW': {
    help: '協助',
    title: '付款協助',
    close: '關閉',
    loading: '載入中…',
    loadFailed: '協助視窗無法載入，請檢查網路連線後再試一次。',
    retry: '再試一次',
  },
};

export function launcherTextFor(locale: Locale): LauncherText {
  return launcherTexts[locale];
}
