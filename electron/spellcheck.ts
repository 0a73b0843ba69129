/**
 * Spell checking in the notes and claim fields (the renderer marks which
 * fields: `spellcheck`), offline everywhere:
 *
 * - macOS and Windows: the system's own spellchecker and dictionaries, as
 *   Electron uses them; nothing is downloaded.
 * - Linux: Chromium's Hunspell, which needs a `.bdic` dictionary per language
 *   and by default downloads it from Google's servers. The app never does:
 *   it checks only the languages whose dictionary is already in the
 *   `Dictionaries` folder of its data folder (where Chromium looks first),
 *   and points the downloader at that folder too. With none there, spell
 *   checking is off. The README says where dictionaries come from.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';

export interface SpellcheckFacts {
  platform: NodeJS.Platform;
  /** The system's languages, most preferred first (app.getPreferredSystemLanguages()). */
  preferred: readonly string[];
  /** What Chromium's Hunspell can check (session.availableSpellCheckerLanguages). */
  available: readonly string[];
  /** Files in the Dictionaries folder. */
  dictionaryFiles: readonly string[];
}

export type SpellcheckPlan =
  /** The system's spellchecker, in the system's languages. */
  | { kind: 'system' }
  | { kind: 'hunspell'; languages: string[] }
  | { kind: 'off'; reason: string };

/** Chromium's dictionary file for a language: `en-US-10-1.bdic`, `ko-3-0.bdic`. */
function hasDictionary(language: string, files: readonly string[]): boolean {
  const pattern = new RegExp(`^${language.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}-\\d+-\\d+\\.bdic$`, 'iu');
  return files.some((file) => pattern.test(file));
}

export function spellcheckPlan({ platform, preferred, available, dictionaryFiles }: SpellcheckFacts): SpellcheckPlan {
  if (platform === 'darwin' || platform === 'win32') return { kind: 'system' };
  // A system language "en-GB" is checked as en-GB where Chromium has it, else as its base language ("en" has none: en-US).
  const candidates = preferred.flatMap((language) => [language, ...available.filter((a) => a.split('-')[0] === language.split('-')[0] && a !== language)]);
  const languages = [...new Set(candidates)].filter((language) => available.includes(language) && hasDictionary(language, dictionaryFiles));
  if (languages.length === 0) return { kind: 'off', reason: 'no Hunspell dictionary (.bdic) for the system’s languages in the Dictionaries folder' };
  return { kind: 'hunspell', languages };
}

/** Applies the plan to the session of the window. Never lets Chromium download a dictionary. */
export async function configureSpellcheck(session: Session, facts: Omit<SpellcheckFacts, 'dictionaryFiles' | 'available'>, userData: string): Promise<SpellcheckPlan> {
  const folder = path.join(userData, 'Dictionaries');
  const dictionaryFiles = await readdir(folder).catch(() => [] as string[]);
  const plan = spellcheckPlan({ ...facts, available: session.availableSpellCheckerLanguages, dictionaryFiles });
  if (plan.kind === 'system') return plan;
  // Not Google's servers: a dictionary missing or damaged is looked for in the folder itself, and not found.
  session.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(folder).href}/`);
  if (plan.kind === 'hunspell') {
    session.setSpellCheckerLanguages(plan.languages);
    session.setSpellCheckerEnabled(true);
  } else {
    session.setSpellCheckerEnabled(false);
  }
  return plan;
}
