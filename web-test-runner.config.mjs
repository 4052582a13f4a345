import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { flowMarkdownForTestRunner } from './scripts/flow-markdown/plugins.mjs';
import { flowMarkdownCommandPlugin } from './test/browser/flow-markdown-command.mjs';
import { ticketServerPlugin } from './test/browser/ticket-server.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    // Compiles flow markdown as the build does; before esbuild, which strips the types.
    flowMarkdownForTestRunner(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // A real ticket endpoint on 127.0.0.1 for the delivery tests (test/browser/ticket-server.mjs).
    ticketServerPlugin(),
    // The XSS corpus compiled as flow markdown, for xss.test.ts.
    flowMarkdownCommandPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  concurrency: 1,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
};
