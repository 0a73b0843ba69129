/**
 * Which spellchecker the app uses where, and that on Linux it never asks
 * Chromium to download a dictionary (pure plan; the session calls are checked
 * in main.test.ts against a fake).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { configureSpellcheck, spellcheckPlan } from './spellcheck';

const AVAILABLE = ['en-AU', 'en-GB', 'en-US', 'fr-FR', 'de-DE', 'ko'];

describe('spellcheckPlan', () => {
  it.each(['darwin', 'win32'] as const)('uses the system’s spellchecker and dictionaries on %s', (platform) => {
    expect(spellcheckPlan({ platform, preferred: ['en-US'], available: [], dictionaryFiles: [] })).toEqual({ kind: 'system' });
  });

  it('on Linux checks the system’s languages whose dictionary is in the folder, most preferred first', () => {
    const plan = spellcheckPlan({ platform: 'linux', preferred: ['fr-FR', 'en-US', 'de-DE'], available: AVAILABLE, dictionaryFiles: ['en-US-10-1.bdic', 'fr-FR-3-0.bdic', 'README.txt'] });
    expect(plan).toEqual({ kind: 'hunspell', languages: ['fr-FR', 'en-US'] });
  });

  it('on Linux checks a system language by a dictionary of the same base language', () => {
    expect(spellcheckPlan({ platform: 'linux', preferred: ['en-IE'], available: AVAILABLE, dictionaryFiles: ['en-GB-10-1.bdic'] })).toEqual({ kind: 'hunspell', languages: ['en-GB'] });
    expect(spellcheckPlan({ platform: 'linux', preferred: ['ko-KR'], available: AVAILABLE, dictionaryFiles: ['ko-3-0.bdic'] })).toEqual({ kind: 'hunspell', languages: ['ko'] });
  });

  it('on Linux is off without a dictionary, rather than downloading one', () => {
    expect(spellcheckPlan({ platform: 'linux', preferred: ['en-US'], available: AVAILABLE, dictionaryFiles: [] })).toMatchObject({ kind: 'off' });
    // A file of another language, or not a dictionary, does not count.
    expect(spellcheckPlan({ platform: 'linux', preferred: ['en-US'], available: AVAILABLE, dictionaryFiles: ['de-DE-3-0.bdic', 'en-US.dic', 'en-US-10-1.bdic.part'] })).toMatchObject({ kind: 'off' });
  });
});

describe('configureSpellcheck on Linux', () => {
  function fakeSession() {
    const calls: [string, unknown][] = [];
    const session = {
      availableSpellCheckerLanguages: AVAILABLE,
      setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(['url', url]),
      setSpellCheckerLanguages: (languages: string[]) => calls.push(['languages', languages]),
      setSpellCheckerEnabled: (enabled: boolean) => calls.push(['enabled', enabled]),
    } as unknown as Session;
    return { session, calls };
  }

  it('reads the Dictionaries folder, checks what is there, and points the downloader at the folder, not the network', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'ra-spell-'));
    try {
      await mkdir(path.join(userData, 'Dictionaries'));
      await writeFile(path.join(userData, 'Dictionaries', 'en-US-10-1.bdic'), 'stand-in');
      const { session, calls } = fakeSession();
      expect(await configureSpellcheck(session, { platform: 'linux', preferred: ['en-US'] }, userData)).toEqual({ kind: 'hunspell', languages: ['en-US'] });
      expect(calls).toEqual([
        ['url', `${pathToFileURL(path.join(userData, 'Dictionaries')).href}/`],
        ['languages', ['en-US']],
        ['enabled', true],
      ]);
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('leaves macOS and Windows to the system', async () => {
    const { session, calls } = fakeSession();
    expect(await configureSpellcheck(session, { platform: 'darwin', preferred: ['en-US'] }, '/nonexistent')).toEqual({ kind: 'system' });
    expect(calls).toEqual([]);
  });
});
