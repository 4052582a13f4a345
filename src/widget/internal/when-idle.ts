/** Where `requestIdleCallback` is missing (Safari), how long after page load to wait instead. */
const FALLBACK_DELAY_MS = 1500;
/** An idle period may never come on a busy page: run anyway after this long. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Runs `task` once the host page has loaded and the browser is idle, so the widget never
 * competes with the page's own loading. Returns a function that cancels it if it has not run.
 */
export function whenIdle(task: () => void): () => void {
  let cancel = () => {};
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(task, FALLBACK_DELAY_MS);
      cancel = () => clearTimeout(id);
    }
  };
  if (document.readyState === 'complete') {
    schedule();
  } else {
    window.addEventListener('load', schedule, { once: true });
    cancel = () => window.removeEventListener('load', schedule);
  }
  return () => cancel();
}

/** Whether the user asked to save data (Chromium's Save-Data): then nothing loads before it is needed. */
export function prefersSavingData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
