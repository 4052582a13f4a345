/**
 * Lets a browser test compile markdown the way the build does (scripts/flow-markdown/compile.mjs),
 * with `executeServerCommand('flow-markdown:compile', { texts })` -> `{ rich, dropped }[]`: the
 * XSS corpus goes through the real build-time pipeline and is then rendered by the real widget
 * code in Chromium.
 */
import { compileMarkdown } from '../../scripts/flow-markdown/compile.mjs';

export function flowMarkdownCommandPlugin() {
  return {
    name: 'flow-markdown-command',
    /** @param {{ command: string; payload?: { texts?: string[] } }} context */
    executeCommand({ command, payload }) {
      if (command !== 'flow-markdown:compile') return undefined;
      return (payload?.texts ?? []).map((text) => compileMarkdown(text));
    },
  };
}
