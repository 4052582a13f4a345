import type { Plugin } from 'vite';

/** Each keyed text of a flow with its words compiled as the widget reads them, by key (live-words.mjs). */
export function compiledFlowWords(flowFile: string): Record<string, Record<string, unknown>>;

/** The flow-markdown plugin's hooks for the demo server's live words. */
export function liveWordsHooks(isLive: () => boolean): Pick<Plugin, 'resolveId' | 'load' | 'handleHotUpdate'>;
