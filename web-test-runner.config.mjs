import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumLaunchOptions as launchOptions } from './scripts/chromium.mjs';
import { flowMarkdownForTestRunner } from './scripts/flow-markdown/plugins.mjs';
import { flowMarkdownCommandPlugin } from './test/browser/flow-markdown-command.mjs';
import { touchCommandPlugin } from './test/browser/phone/touch-command.mjs';
import { ticketServerPlugin } from './test/browser/ticket-server.mjs';

/** Run by the phone group only (below), in a touch-screen browser context. */
const phoneTests = 'test/browser/phone/**/*.test.ts';
const phone = { width: 390, height: 844 };

export default {
  files: ['test/browser/**/*.test.ts', `!${phoneTests}`],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    // Compiles flow markdown as the build does; before esbuild, which strips the types.
    flowMarkdownForTestRunner(),
    // Development, as under Vite: states keep their descriptions (src/engine/steps.ts).
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      define: { 'import.meta.env.DEV': 'true' },
    }),
    // A real ticket endpoint on 127.0.0.1 for the delivery tests (test/browser/ticket-server.mjs).
    ticketServerPlugin(),
    // The XSS corpus compiled as flow markdown, for xss.test.ts.
    flowMarkdownCommandPlugin(),
    // A touch tap, for the phone group (test/browser/phone/touch-command.mjs).
    touchCommandPlugin(),
  ],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions })],
  groups: [
    {
      // Issue 15 (phones): a 390×844 touch screen, as a phone's browser lays the page out (the
      // viewport meta tag counts once isMobile is on) and with a coarse pointer that cannot hover.
      name: 'phone',
      files: phoneTests,
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
        `<body><script type="module" src="${testFramework}"></script></body></html>`,
      browsers: [
        playwrightLauncher({
          product: 'chromium',
          launchOptions,
          createBrowserContext: ({ browser }) =>
            browser.newContext({ viewport: phone, hasTouch: true, isMobile: true }),
          createPage: async ({ context }) => {
            const page = await context.newPage();
            // The launcher sizes every page 800×600 before it loads a test file: a phone keeps its size.
            const setViewportSize = page.setViewportSize.bind(page);
            page.setViewportSize = (size) => setViewportSize(size.width === 800 && size.height === 600 ? phone : size);
            return page;
          },
        }),
      ],
    },
  ],
  // One browser at a time: the phone group starts once the default one is done (a 2-core machine).
  concurrentBrowsers: 1,
  concurrency: 1,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
};
