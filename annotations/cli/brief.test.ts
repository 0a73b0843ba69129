/**
 * `research-annotator brief`, the real command: bundled by scripts/build.mjs,
 * started through bin/research-annotator.cjs in a child process, on temporary
 * set folders.
 */
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnnotationLink } from '../links/annotation-link';
import { describeRange } from '../anchoring/describe';
import { createAnnotation, type Annotation } from '../model/annotation';
import { withClaim, type ClaimPatch } from '../model/claim';
import { writeAnnotatedSeedSet } from '../node/annotated-seed-set';
import { sha256Hex } from '../node/files';
import { ipcCall, ok, testService } from '../node/test-support';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { runCli, type Run } from './test-support';

const EPOCH = '1735689600'; // 2025-01-01T00:00:00Z

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-brief-'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function cli(...args: string[]): Run {
  return runCli(root, args, { SOURCE_DATE_EPOCH: EPOCH });
}

const NOW = '2025-01-01T00:00:00.000Z';

interface Spec {
  quote: string;
  tags: string[];
  claim?: ClaimPatch;
  note?: string;
}

/** Annotates each quote (its first occurrence) in `text` and writes the article and its sidecar. */
async function writeAnnotated(folder: string, file: string, text: string, specs: Record<string, Spec>): Promise<void> {
  const index = new CodePointIndex(text);
  const annotations: Annotation[] = Object.entries(specs).map(([id, spec]) => {
    const at = text.indexOf(spec.quote);
    if (at < 0) throw new Error(`test setup: "${spec.quote}" is not in the text`);
    const start = index.toCodePoint(at);
    const { quote, position } = describeRange(index, start, start + Array.from(spec.quote).length);
    const annotation = createAnnotation({ id, now: NOW, source: file, quote, position, tags: spec.tags, ...(spec.note ? { note: spec.note } : {}) });
    return spec.claim ? withClaim(annotation, spec.claim, NOW) : annotation;
  });
  const bytes = Buffer.from(text, 'utf8');
  await writeFile(path.join(folder, file), bytes);
  await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar({ ...emptySidecar(file, sha256Hex(bytes)), annotations }));
}

async function newSet(name: string): Promise<string> {
  const folder = path.join(root, name);
  await mkdir(folder);
  return folder;
}

/** Every file under `folder` with its bytes and mtime, and the folder's own mtime (changes when an entry is added). */
async function snapshot(folder: string): Promise<Map<string, { bytes: string; mtimeMs: number }>> {
  const files = new Map<string, { bytes: string; mtimeMs: number }>();
  files.set('.', { bytes: '<dir>', mtimeMs: (await stat(folder)).mtimeMs });
  for (const name of await readdir(folder)) {
    const full = path.join(folder, name);
    files.set(name, { bytes: (await readFile(full)).toString('base64'), mtimeMs: (await stat(full)).mtimeMs });
  }
  return files;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

const ARTICLE_A = [
  'Rockets over the valley',
  'Officials said rockets hit the northern depot on Tuesday, killing 12.',
  'The ministry denied any involvement, calling the reports "fabricated".',
  'A paragraph that will be edited away.',
].join('\n');

const ARTICLE_B = ['Depot strike disputed', 'Witnesses said rockets hit the depot, but the army called it =an accident.'].join('\n');

/** A set of two annotated articles (one orphan after an edit), one plain article and a codebook. */
async function sampleSet(name: string): Promise<string> {
  const folder = await newSet(name);
  await writeFile(
    path.join(folder, 'annotation-set.json'),
    JSON.stringify({
      format: 'research-annotator/set',
      version: 1,
      name: 'Valley, 2025',
      tags: [
        { label: 'strike', color: '#f6c85f', description: 'Who hit what' },
        { label: 'denial', color: '#7ec8e3' },
      ],
    }),
  );
  await writeAnnotated(folder, 'a.txt', ARTICLE_A, {
    'urn:uuid:a1': { quote: 'rockets hit the northern depot on Tuesday, killing 12', tags: ['strike'], claim: { stance: 'asserts', attribution: 'Officials', confidence: 'high', sameClaimAs: ['urn:uuid:b1'] } },
    'urn:uuid:a2': { quote: 'The ministry denied any involvement', tags: ['denial'], claim: { stance: 'disputes', attribution: 'The ministry' }, note: 'Denial, "flat"' },
    'urn:uuid:a3': { quote: 'A paragraph that will be edited away', tags: ['strike'] },
  });
  await writeFile(path.join(folder, 'a.txt'), ARTICLE_A.replace('A paragraph that will be edited away.', 'Something else entirely.'));
  await writeAnnotated(folder, 'b.txt', ARTICLE_B, {
    'urn:uuid:b1': { quote: 'rockets hit the depot', tags: ['strike', 'casualties'], claim: { stance: 'reports', attribution: 'Witnesses' } },
    'urn:uuid:b2': { quote: '=an accident', tags: ['denial'] },
  });
  await writeFile(path.join(folder, 'plain.txt'), 'Never annotated.\n');
  return folder;
}

function csvRows(text: string): string[][] {
  return parse(text) as string[][];
}

describe('research-annotator brief: formats', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await sampleSet('formats');
  });

  it('writes the Markdown brief to stdout by default, listing the orphan', () => {
    const run = cli('brief', folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Valley, 2025');
    expect(run.stdout).toContain('rockets hit the northern depot on Tuesday, killing 12');
    expect(run.stdout).toContain('The ministry denied any involvement');
    expect(run.stdout).toContain('A paragraph that will be edited away'); // the orphan, listed
    expect(run.stdout).toContain('2025-01-01'); // SOURCE_DATE_EPOCH
    expect(cli('brief', folder, '--format', 'markdown').stdout).toBe(run.stdout);
  });

  it('--links gives each quote of the Markdown brief its link back into the app; without it, none', async () => {
    const plain = cli('brief', folder).stdout;
    expect(plain).not.toContain('research-annotator://');
    const linked = cli('brief', folder, '--links');
    expect(linked.status).toBe(0);
    const links = [...linked.stdout.matchAll(/\[Open in Research Annotator\]\(([^)]+)\)/gu)].map((m) => parseAnnotationLink(m[1]!.replaceAll('\\&', '&')));
    const stored = (await readdir(folder)).filter((f) => f.endsWith('.annotations.json'));
    expect(links.length).toBeGreaterThanOrEqual(stored.length);
    for (const link of links) {
      expect(link.set).toBe(await realpath(folder));
      expect(link.annotation).toMatch(/^urn:/u);
      const sidecar = JSON.parse(await readFile(path.join(folder, `${link.article}.annotations.json`), 'utf8')) as { annotations: { id: string }[] };
      expect(sidecar.annotations.map((a) => a.id)).toContain(link.annotation);
    }
  });

  it('writes CSV: one row per annotation, orphans included, the formula guard applied', () => {
    const run = cli('brief', folder, '--format', 'csv');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = csvRows(run.stdout);
    expect(rows[0]).toEqual(['article', 'title', 'quote', 'tags', 'stance', 'attribution', 'confidence', 'note', 'start', 'end', 'status', 'url', 'accessed', 'creator']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[10]])).toEqual([
      ['a.txt', 'rockets hit the northern depot on Tuesday, killing 12', 'strike', 'asserts', 'Officials', 'high', '', 'exact'],
      ['a.txt', 'The ministry denied any involvement', 'denial', 'disputes', 'The ministry', '', 'Denial, "flat"', 'exact'],
      ['a.txt', 'A paragraph that will be edited away', 'strike', '', '', '', '', 'orphan'],
      ['b.txt', 'rockets hit the depot', 'strike; casualties', 'reports', 'Witnesses', '', '', 'exact'],
      ['b.txt', "'=an accident", 'denial', '', '', '', '', 'exact'],
    ]);
    expect(rows[1]?.[1]).toBe('Rockets over the valley');
    const start = Array.from(ARTICLE_A).join('').indexOf('rockets hit the northern');
    expect(rows[1]?.slice(8, 10)).toEqual([String(start), String(start + 53)]);
    expect(rows[3]?.slice(8, 10)).toEqual(['', '']);
  });

  it('writes JSON-LD: an AnnotationCollection of the stored annotations', () => {
    const run = cli('brief', folder, '--format', 'jsonld');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      '@context': unknown[];
      type: string;
      label: string;
      total: number;
      generated: string;
      first: { type: string; items: Annotation[] };
    };
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.label).toBe('Valley, 2025');
    expect(doc.generated).toBe(NOW);
    expect(doc.total).toBe(5);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items.map((a) => a.id)).toEqual(['urn:uuid:a1', 'urn:uuid:a2', 'urn:uuid:a3', 'urn:uuid:b1', 'urn:uuid:b2']);
    expect(doc.first.items[0]?.['ra:sameClaimAs']).toEqual(['urn:uuid:b1']);
  });

  it('--out writes the same content to a file, atomically, and nothing to stdout', async () => {
    for (const format of ['markdown', 'csv', 'jsonld']) {
      const out = path.join(root, `out-${format}.txt.out`);
      const run = cli('brief', folder, '--format', format, '--out', out);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(await readFile(out, 'utf8')).toBe(cli('brief', folder, '--format', format).stdout);
    }
    // Relative to the working directory; replaces an existing file.
    await writeFile(path.join(root, 'relative.md'), 'old');
    expect(cli('brief', folder, '--out', 'relative.md').status).toBe(0);
    expect(await readFile(path.join(root, 'relative.md'), 'utf8')).toContain('Valley, 2025');
    expect((await readdir(root)).filter((n) => n.startsWith('relative.md'))).toEqual(['relative.md']); // no temp file left
    // Seven runs of the command: room for a loaded machine.
  }, 30_000);
});

describe('research-annotator brief: filters', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await sampleSet('filters');
  });

  it('--tags keeps those tags only (CSV, Markdown, JSON-LD)', () => {
    const rows = csvRows(cli('brief', folder, '--format', 'csv', '--tags', 'denial').stdout).slice(1);
    expect(rows.map((r) => r[2])).toEqual(['The ministry denied any involvement', "'=an accident"]);
    const markdown = cli('brief', folder, '--tags', 'denial').stdout;
    expect(markdown).toContain('The ministry denied any involvement');
    expect(markdown).not.toContain('rockets hit the northern depot');
    const doc = JSON.parse(cli('brief', folder, '--format', 'jsonld', '--tags', 'denial,casualties').stdout) as { total: number; first: { items: Annotation[] } };
    expect(doc.first.items.map((a) => a.id)).toEqual(['urn:uuid:a2', 'urn:uuid:b1', 'urn:uuid:b2']);
    expect(doc.total).toBe(3);
  });

  it('--articles keeps those articles only', () => {
    const rows = csvRows(cli('brief', folder, '--format', 'csv', '--articles', 'b.txt').stdout).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['b.txt', 'b.txt']);
    const markdown = cli('brief', folder, '--articles', 'b.txt, plain.txt').stdout;
    expect(markdown).toContain('rockets hit the depot');
    expect(markdown).not.toContain('The ministry denied');
    const doc = JSON.parse(cli('brief', folder, '--format', 'jsonld', '--articles', 'a.txt').stdout) as { total: number };
    expect(doc.total).toBe(3);
  });

  it('combines --tags and --articles', () => {
    const rows = csvRows(cli('brief', folder, '--format', 'csv', '--tags', 'strike', '--articles', 'a.txt').stdout).slice(1);
    expect(rows.map((r) => [r[2], r[10]])).toEqual([
      ['rockets hit the northern depot on Tuesday, killing 12', 'exact'],
      ['A paragraph that will be edited away', 'orphan'],
    ]);
  });

  it('--exclude-tags and --exclude-articles leave those out, and keep untagged highlights', () => {
    const quotes = (args: string[]) => csvRows(cli('brief', folder, '--format', 'csv', ...args).stdout).slice(1).map((r) => r[2]);
    expect(quotes(['--exclude-tags', 'strike'])).toEqual(['The ministry denied any involvement', 'rockets hit the depot', "'=an accident"]);
    expect(quotes(['--exclude-articles', 'a.txt,plain.txt'])).toEqual(['rockets hit the depot', "'=an accident"]);
    const markdown = cli('brief', folder, '--exclude-tags', 'strike').stdout;
    expect(markdown).toContain('Filtered: without tags strike.');
    expect(markdown).not.toContain('## strike');
  });

  it('--stances keeps annotations with those stances, "none" those without (every format)', () => {
    const rows = csvRows(cli('brief', folder, '--format', 'csv', '--stances', 'none').stdout).slice(1);
    expect(rows.map((r) => r[2])).toEqual(['A paragraph that will be edited away', "'=an accident"]);
    const doc = JSON.parse(cli('brief', folder, '--format', 'jsonld', '--stances', 'reports,asserts').stdout) as { first: { items: Annotation[] } };
    expect(doc.first.items.map((a) => a.id)).toEqual(['urn:uuid:a1', 'urn:uuid:b1']);
    expect(cli('brief', folder, '--stances', 'disputes').stdout).toContain('Filtered: only stances Disputes.');
  });

  it('--order frequency puts the topics with most claims first, and says so', () => {
    // Without "asserts": strike keeps 1 claim (b1), denial 2 (a2, b2), casualties 1 (b1).
    const sections = (args: string[]) =>
      cli('brief', folder, '--stances', 'disputes,reports,speculates,none', ...args)
        .stdout.split('\n')
        .filter((l) => /^## (strike|denial|casualties)$/u.test(l));
    expect(sections([])).toEqual(['## strike', '## denial', '## casualties']);
    expect(sections(['--order', 'frequency'])).toEqual(['## denial', '## strike', '## casualties']);
    expect(cli('brief', folder, '--order', 'frequency').stdout).toContain('Topics are ordered by number of claims.');
  });

  it('refuses an unknown stance or order with exit 2', () => {
    for (const [args, message] of [
      [['--stances', 'asserts,maybe'], 'unknown stance "maybe"'],
      [['--order', 'random'], 'unknown order "random"'],
      [['--exclude-tags', 'strikes'], 'no tag "strikes" in the set'],
      [['--exclude-articles', 'c.txt'], 'no article "c.txt" in the set'],
    ] as const) {
      const run = cli('brief', folder, ...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
    }
  });

  it('refuses an unknown tag or article with exit 2 (an empty brief would hide the typo)', () => {
    for (const args of [
      ['--tags', 'strikes'],
      ['--articles', 'c.txt'],
      ['--format', 'jsonld', '--tags', 'nope'],
    ]) {
      const run = cli('brief', folder, ...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^research-annotator: no (tag|article) ".+" in the set/u);
    }
  });
});

describe('research-annotator brief: an invalid set', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await sampleSet('invalid');
    await writeFile(path.join(folder, 'b.txt.annotations.json'), '{ "format": ');
    await writeAnnotated(folder, 'gone.txt', 'Deleted.\n', { 'urn:uuid:g': { quote: 'Deleted', tags: [] } });
    await rm(path.join(folder, 'gone.txt'));
  });

  it.each(['markdown', 'csv', 'jsonld'])('exits 1 naming each bad file, writes nothing (%s)', async (format) => {
    const out = path.join(root, `invalid.${format}`);
    for (const args of [[], ['--out', out]]) {
      const run = cli('brief', folder, '--format', format, ...args);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('error: b.txt.annotations.json: the file is not valid JSON');
      expect(run.stderr).toContain('error: gone.txt.annotations.json: article file gone.txt not found');
      expect(run.stderr).toContain('Nothing was written.');
    }
    expect(await exists(out)).toBe(false);
  });

  it('exits 1 on an invalid codebook, and on a missing folder', async () => {
    const set = await sampleSet('bad-codebook');
    await writeFile(path.join(set, 'annotation-set.json'), '[]');
    const run = cli('brief', set);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: annotation-set.json: ');
    const missing = cli('brief', path.join(root, 'nowhere'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });

  it('exits 1 when the output file cannot be written', () => {
    const run = cli('brief', path.join(root, 'formats'), '--out', path.join(root, 'no-such-folder', 'brief.md'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot write the brief');
  });
});

describe('research-annotator brief: the command line', () => {
  it.each([
    ['a missing folder argument', ['brief']],
    ['an unknown format', ['brief', '.', '--format', 'pdf']],
    ['an unknown flag', ['brief', '.', '--json']],
    ['a missing flag value', ['brief', '.', '--out']],
    ['an extra argument', ['brief', 'a', 'b']],
    ['an empty --tags', ['brief', '.', '--tags', ' , ']],
    ['a brief flag on check', ['check', '.', '--format', 'csv']],
  ])('exits 2 on %s, with a message on stderr and nothing on stdout', (_label, args) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^research-annotator: .+\nRun "research-annotator --help" for usage\.\n$/u);
  });

  it('refuses --out over a file of the set (exit 2), leaving it untouched', async () => {
    const folder = await sampleSet('clobber');
    const before = await readFile(path.join(folder, 'a.txt.annotations.json'), 'utf8');
    for (const name of ['a.txt.annotations.json', 'a.txt', 'new.txt', 'annotation-set.json']) {
      const run = cli('brief', folder, '--out', path.join(folder, name));
      expect(run.status).toBe(2);
    }
    expect(await readFile(path.join(folder, 'a.txt.annotations.json'), 'utf8')).toBe(before);
    expect(await exists(path.join(folder, 'new.txt'))).toBe(false);
  });

  it('documents brief in --help, and brief --help gives brief’s part alone', () => {
    const all = cli('--help');
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('research-annotator brief <set-folder> [--format markdown|csv|jsonld] [--out FILE]');
    const own = cli('brief', '--help');
    expect(own.status).toBe(0);
    expect(own.stderr).toBe('');
    expect(own.stdout).toMatch(/^Usage: research-annotator brief <set-folder> \[options\]\n/u);
    expect(own.stdout).toContain('--no-suggestions');
    expect(own.stdout).toContain('Exit status: 0');
    // Not the other commands' parts, which `--help` alone gives.
    for (const other of ['research-annotator check <set-folder> [--json]\n', 'research-annotator match <set-folder>', 'research-annotator agree <set-a>']) {
      expect(all.stdout).toContain(other);
      expect(own.stdout).not.toContain(other);
    }
    expect(own.stdout.length).toBeLessThan(all.stdout.length / 2);
  });
});

describe('research-annotator brief writes nothing into the set', () => {
  it('leaves every file byte for byte, with its mtime, and adds none', async () => {
    const folder = await sampleSet('untouched');
    for (const name of [...(await readdir(folder)), '.']) {
      await utimes(path.join(folder, name), new Date(2001, 0, 1), new Date(2001, 0, 1));
    }
    const before = await snapshot(folder);
    for (const format of ['markdown', 'csv', 'jsonld']) {
      expect(cli('brief', folder, '--format', format).status).toBe(0);
      expect(cli('brief', folder, '--format', format, '--out', path.join(root, `untouched.${format}`)).status).toBe(0);
    }
    await writeFile(path.join(folder, 'a.txt.annotations.json'), '{');
    await utimes(path.join(folder, 'a.txt.annotations.json'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    await utimes(folder, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const broken = await snapshot(folder);
    expect(cli('brief', folder).status).toBe(1);
    expect(await snapshot(folder)).toEqual(broken);
    expect([...broken.keys()]).toEqual([...before.keys()]);
    // Seven runs of the command: room for a loaded machine.
  }, 30_000);
});

describe('research-annotator brief: what the matcher adds, as the app’s brief', () => {
  /** The annotated seed set (44 claims, some linked, some likely matches nobody reviewed) in a folder of its own. */
  async function annotatedSeeds(name: string): Promise<string> {
    const folder = await newSet(name);
    await writeAnnotatedSeedSet(folder);
    return folder;
  }

  it('writes the Markdown brief the app exports for the same set, byte for byte, with its possible corroboration', async () => {
    const folder = await annotatedSeeds('as-the-app');
    const target = path.join(root, 'as-the-app.md');
    const service = testService(path.join(root, 'as-the-app-data'), {
      initialSet: folder,
      clock: () => new Date(Number(EPOCH) * 1000),
      dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => target },
    });
    await service.start();
    try {
      expect(ok(await ipcCall(service.handlers, 'exportBrief', {}))).toMatchObject({ path: target, format: 'markdown' });
    } finally {
      service.dispose();
    }
    const app = await readFile(target, 'utf8');
    expect(app).toContain('## Possible corroboration, not reviewed');
    expect(app).toMatch(/Possible corroboration, not reviewed: \d+ passages likely to state \d+ claims elsewhere/u);

    const run = cli('brief', folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(app);
  }, 60_000);

  it('counts no suggestion as corroboration: the counts are those of the brief without the matcher', async () => {
    const folder = await annotatedSeeds('counts');
    const withMatcher = cli('brief', folder).stdout;
    const without = cli('brief', folder, '--no-suggestions').stdout;
    expect(without).not.toContain('Possible corroboration');
    const corroborated = (brief: string) => brief.match(/\d+ of \d+ claims are corroborated by at least two independent sources[^\n]*/u)?.[0];
    expect(corroborated(withMatcher)).toBeDefined();
    expect(corroborated(withMatcher)).toBe(corroborated(without));
    // Nothing else of the brief moves: the matcher only adds its line in At a glance and its own section.
    const section = withMatcher.indexOf('\n## Possible corroboration, not reviewed');
    const next = withMatcher.indexOf('\n## ', section + 1);
    const withoutSection = withMatcher.slice(0, section) + withMatcher.slice(next);
    expect(withoutSection.split('\n').filter((line) => !line.startsWith('* Possible corroboration, not reviewed:'))).toEqual(without.split('\n'));
  }, 60_000);

  it('leaves the matcher out of CSV and JSON-LD, which carry the stored annotations only', async () => {
    const folder = await annotatedSeeds('other-formats');
    for (const format of ['csv', 'jsonld']) {
      expect(cli('brief', folder, '--format', format).stdout).toBe(cli('brief', folder, '--format', format, '--no-suggestions').stdout);
    }
  }, 60_000);
});
