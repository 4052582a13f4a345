/**
 * The host pages the benchmark loads: a plain checkout page with text and a form (so a layout
 * shift of the host would show), the widget's script and element, and in-page probes that record
 * long tasks, layout shifts and when things are painted.
 */

/**
 * Runs first in <head>, before anything else. `__afterPaint()` resolves after the next frame has
 * been produced: a message posted from requestAnimationFrame is handled once that frame's style,
 * layout and paint are done. `__whenShown(test)` resolves after the frame that first shows what
 * `test(shadowRoot)` looks for, with the time the DOM got it (`domAt`) and the paint (`paintedAt`).
 */
const probes = `
window.__bench = { longTasks: [], shifts: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) __bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    // What moved, and whether it is the host page's own content or inside the widget.
    const sources = (entry.sources ?? []).map(({ node }) => !node ? 'a node not exposed (in a shadow root, or removed)' : [
      node.nodeName.toLowerCase() + (node.className && typeof node.className === 'string' ? '.' + node.className.split(' ').join('.') : ''),
      node.getRootNode() === document ? 'host page' : 'widget',
    ].join(' in '));
    __bench.shifts.push({ start: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput, sources });
  }
}).observe({ type: 'layout-shift', buffered: true });
customElements.whenDefined('wallet-support-conversation').then(() => (__bench.conversationAt = performance.now()));
window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
  const frameAt = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve({ frameAt, paintedAt: performance.now() });
  channel.port2.postMessage(null);
}));
window.__whenShown = (test) => new Promise((resolve) => {
  const root = document.querySelector('wallet-support').shadowRoot;
  let done = false;
  const check = () => {
    if (done || !test(root)) return;
    done = true;
    observer.disconnect();
    const domAt = performance.now();
    __afterPaint().then((frame) => resolve({ domAt, ...frame }));
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  check();
});
`;

/** Keeps the browser from ever reporting idle: the widget then loads nothing before it is used. */
const holdIdle = `window.requestIdleCallback = () => 0;`;

/**
 * Loads the widget the way a host's <script type="module"> does, and records: when the entry had
 * been evaluated (the element defined), when its first render was done, whether that render made
 * the first frame after evaluation, and when that frame was painted.
 */
function loader(src) {
  return `
const widget = document.querySelector('wallet-support');
const started = performance.now();
await import(${JSON.stringify(src)});
const evaluatedAt = performance.now();
let firstFrameAt;
requestAnimationFrame(() => { firstFrameAt = performance.now(); });
await widget.updateComplete;
const launcher = widget.shadowRoot.querySelector('[part=launcher]');
const box = launcher.getBoundingClientRect();
const renderedAt = performance.now();
const frame = await __afterPaint();
const downloaded = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/dist/'));
Object.assign(__bench, {
  started,
  evaluatedAt,
  renderedAt,
  firstFrameAt,
  ...frame,
  downloadedAt: Math.max(...downloaded.map((entry) => entry.responseEnd)),
  launcherVisible: box.width > 0 && box.height > 0,
  launcherShown: true,
});
`;
}

export function hostPage({ src, attributes = '', idle = true }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkout</title>
<script>${probes}${idle ? '' : holdIdle}</script>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 720px; padding: 24px; color: #1f2329; }
  .line { display: flex; justify-content: space-between; border-bottom: 1px solid #d0d5dd; padding: 8px 0; }
  label { display: block; margin: 12px 0 4px; }
  input { width: 100%; padding: 8px; font: inherit; }
</style>
</head>
<body>
<h1>Your order</h1>
<p role="alert">The payment did not go through. Please try again or ask for help.</p>
${Array.from({ length: 6 }, (_, i) => `<div class="line"><span>Item ${i + 1}</span><span>¥${(i + 1) * 99}.00</span></div>`).join('\n')}
<form><label for="email">Email</label><input id="email" type="email"><label for="address">Address</label><input id="address"></form>
${Array.from({ length: 8 }, () => '<p>Orders ship within two working days. Returns are free within 30 days of delivery.</p>').join('\n')}
${src ? `<wallet-support ${attributes}></wallet-support>\n<script type="module">${loader(src)}</script>` : ''}
</body>
</html>`;
}
