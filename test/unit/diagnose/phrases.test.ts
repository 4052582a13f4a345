/**
 * The word lists are written once, in Simplified Chinese: toSimplified reads Traditional answers
 * into them, so a Traditional copy of a word is dead weight (and the generated pairs depend on
 * what the lists use). Only Taiwan and Hong Kong wording that differs beyond its characters is
 * written in Traditional, in regional-phrases.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordListFiles } from '../../../scripts/generate-t2s.mjs';
import { phraseGroups } from '../../../src/diagnose/error-phrases.js';
import { toMatchText } from '../../../src/diagnose/match-text.js';
import { regionalPhraseGroups } from '../../../src/diagnose/regional-phrases.js';
import { toSimplified } from '../../../src/diagnose/to-simplified.js';

const root = join(import.meta.dirname, '..', '..', '..');
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the word lists', () => {
  it('are in Simplified characters, outside regional-phrases.ts and the regional words themselves', () => {
    const traditionalIn = wordListFiles
      .filter((file) => !file.endsWith('regional-phrases.ts') && !file.endsWith('to-simplified.ts'))
      .flatMap((file) => {
        const code = withoutComments(readFileSync(join(root, file), 'utf8'));
        const simplified = toSimplified(code);
        return [...code].filter((ch, i) => ch !== simplified[i]).map((ch) => `${file}: ${ch}`);
      });
    expect(traditionalIn).toEqual([]);
  });

  it('list no phrase twice, once read as Simplified', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { phrases } of [...phraseGroups, ...regionalPhraseGroups]) {
      for (const phrase of phrases) {
        const key = toMatchText(phrase).words;
        if (seen.has(key)) twice.push(`${phrase} (as ${seen.get(key)})`);
        else seen.set(key, phrase);
      }
    }
    expect(twice).toEqual([]);
  });

  it('read the same normalised together, a line each (as the phrase index reads them), as one by one', () => {
    const phrases = [...phraseGroups, ...regionalPhraseGroups].flatMap((group) => group.phrases);
    expect(phrases.filter((phrase) => phrase.includes('\n'))).toEqual([]);
    expect(toMatchText(phrases.join('\n')).words.split('\n')).toEqual(
      phrases.map((phrase) => toMatchText(phrase).words),
    );
  });
});
