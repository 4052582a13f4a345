/**
 * The writer's workbench end to end: the demo server runs on a copy of the repository (so editing
 * a words file here never touches what other tests read), the flow lab runs in Debian Chromium,
 * and a saved words file shows in the live widget without a reload.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const repository = resolve(import.meta.dirname, '../../..');
const copied = ['demo', 'src', 'flows', 'scripts', 'vite.config.ts', 'package.json', 'tsconfig.json'];

let copy: string;
let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'live-words-'));
  for (const entry of copied) await cp(join(repository, entry), join(copy, entry), { recursive: true });
  await symlink(join(repository, 'node_modules'), join(copy, 'node_modules'));
  server = await createServer({
    configFile: join(copy, 'vite.config.ts'),
    root: join(copy, 'demo'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(copy, { recursive: true, force: true });
});

/** Replaces one section's text in a copy's words file. */
async function editWords(file: string, key: string, text: string) {
  const path = join(copy, 'flows', file);
  const words = await readFile(path, 'utf8');
  const section = new RegExp(`(## ${key.replaceAll('.', '\\.')}\\n\\n)[^\\n]+`);
  expect(words).toMatch(section);
  await writeFile(path, words.replace(section, `$1${text}`));
}

describe('editing a flow’s words on the demo server', () => {
  it('shows the new words in the live widget at once, and keeps the last good words when a file is refused', async () => {
    const page = await browser.newPage();
    const origin = server.resolvedUrls!.local[0]!;
    await page.goto(`${origin}?flow=funds-missing&locale=en`);
    // The widget, not the lab's chart and workbench, which show the same words.
    const widget = page.locator('wallet-support');
    const choice = widget.getByRole('button', { name: 'My balance is lower and I do not know why' });
    await choice.waitFor({ timeout: 30_000 });
    await page.evaluate(() => Object.assign(window, { beforeTheEdit: true }));

    await editWords('funds-missing.en.md', 'whatHappened.balance', 'My balance dropped and I cannot see why');
    await widget.getByRole('button', { name: 'My balance dropped and I cannot see why' }).waitFor({ timeout: 30_000 });
    await editWords('funds-missing.en.md', 'greeting', 'No need to worry: we will find it together.');
    await widget.getByText('No need to worry: we will find it together.').waitFor({ timeout: 30_000 });
    // The lab's chart is drawn again with them (a node's title holds what the state says in full).
    await page.waitForFunction(
      () =>
        document.querySelector('.state-chart')?.textContent?.includes('No need to worry: we will find it together.'),
      undefined,
      { timeout: 30_000 },
    );
    // The same page: the words arrived over the hot-update socket, not with a reload.
    expect(await page.evaluate(() => 'beforeTheEdit' in window)).toBe(true);

    // A plain label that reads as formatting is refused in Vite's overlay, naming the file and line.
    await editWords('funds-missing.en.md', 'whatHappened.balance', 'My **balance** dropped');
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 30_000 });
    expect(await overlay.locator('.message').textContent()).toMatch(
      /flows\/funds-missing\.en\.md:\d+: "whatHappened\.balance" is plain text/,
    );
    expect(await widget.getByRole('button', { name: 'My balance dropped and I cannot see why' }).count()).toBe(1);
    await page.close();
  }, 120_000);
});
