import type { Plugin } from 'vite';

/** Moves each language's words into chunks of their own in the production build (split-by-language.mjs). */
export function splitTextsByLanguage(): Plugin;

/** A module's literal texts per locale, and its source with each t()/md() call replaced by a reference. */
export function splitTexts(
  code: string,
  file: string,
  compiledAlready?: boolean,
): { code: string; texts: Record<'zh-CN' | 'en' | 'zh-TW', unknown[]> } | null;
