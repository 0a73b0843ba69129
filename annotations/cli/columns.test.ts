/**
 * Tables padded by display width: in a terminal, the columns after a cell of
 * CJK, emoji or combining marks start where they start after plain ASCII.
 * The last test runs the real built command on articles named that way.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySidecar, serializeSidecar, sidecarNameFor } from '../sidecar/schema';
import { displayWidth, pad, tableLines } from './columns';
import { runCli } from './test-support';

const CJK = '日本語の記事'; // six wide characters
const FAMILY = '👩‍👩‍👧'; // three emoji joined by ZWJ: one grapheme
const COMBINING = 'cafe\u0301'; // "café" with a combining acute accent
const FLAG = '🇺🇦'; // two regional indicators: one grapheme

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'article', 7],
    ['CJK: two columns a character', CJK, 12],
    ['an emoji ZWJ sequence: one wide grapheme', FAMILY, 2],
    ['a combining mark: no column of its own', COMBINING, 4],
    ['a flag: one wide grapheme', FLAG, 2],
    ['a non-breaking space, as in the seeds', 'a\u00a0b', 3],
    ['nothing', '', 0],
  ])('%s', (_label, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('differs from the count of code points wherever a table would go out of line', () => {
    for (const text of [CJK, FAMILY, COMBINING]) expect(displayWidth(text)).not.toBe(Array.from(text).length);
  });
});

describe('pad', () => {
  it('fills to the width in columns, on the side away from the alignment, and never cuts', () => {
    expect(pad(CJK, 14, 'left')).toBe(`${CJK}  `);
    expect(pad(FAMILY, 4, 'right')).toBe(`  ${FAMILY}`);
    expect(pad(COMBINING, 5, 'left')).toBe(`${COMBINING} `);
    expect(pad(CJK, 3, 'left')).toBe(CJK);
  });
});

describe('tableLines', () => {
  const rows = [
    ['article', 'exact', 'orphan'],
    [CJK, '12', '0'],
    [`${FAMILY} family.txt`, '3', '14'],
    [`${COMBINING}.txt`, '0', '1'],
    ['plain.txt', '1000', '2'],
  ];

  it('ends every line at the same display column (counts are right-aligned)', () => {
    const lines = tableLines(rows, ['left', 'right', 'right']);
    expect(new Set(lines.map(displayWidth))).toEqual(new Set([displayWidth('article') + 6 + 2 + 5 + 2 + 6]));
  });

  it('gives the exact layout: widest cell per column, two spaces between, no trailing spaces', () => {
    expect(tableLines(rows, ['left', 'right', 'right'])).toEqual([
      'article        exact  orphan',
      `${CJK}      12       0`,
      `${FAMILY} family.txt      3      14`,
      `${COMBINING}.txt           0       1`,
      'plain.txt       1000       2',
    ]);
    expect(tableLines([['a', ''], ['bb', '']], ['left', 'left'])).toEqual(['a', 'bb']);
  });

  it('is empty for no rows', () => {
    expect(tableLines([], [])).toEqual([]);
  });
});

describe('research-annotator check: the table with CJK, emoji and combining marks in file names', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'annotator-columns-'));
  }, 60_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lines up the count columns in display columns', async () => {
    const folder = path.join(root, 'set');
    await mkdir(folder);
    const files = [`${CJK}.txt`, `${FAMILY}.txt`, `${COMBINING}.txt`, 'plain.txt'];
    for (const file of files) {
      await writeFile(path.join(folder, file), 'Text.\n');
      await writeFile(path.join(folder, sidecarNameFor(file)), serializeSidecar(emptySidecar(file, '0'.repeat(64))));
    }
    const run = runCli(root, ['check', folder]);
    expect(run.status).toBe(0);
    const table = run.stdout.split('\n').filter((line) => /(?:\s+\d+){4}$/u.test(line) || line.startsWith('article'));
    expect(table).toHaveLength(1 + files.length);
    // Right-aligned counts: every line of the table is as wide as the header.
    expect(new Set(table.map(displayWidth))).toEqual(new Set([displayWidth(table[0] ?? '')]));
  });
});
