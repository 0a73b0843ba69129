/**
 * The seed set a first launch creates: the articles byte for byte, each with
 * its details in its sidecar, and details an analyst could read off the text.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SET_FILE_NAME } from '../model/codebook';
import { SEED_DETAILS } from '../model/seed-details';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { sha256Hex } from './files';
import { ensureSeedSet } from './seed-set';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedFiles = async () => (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ra-seed-set-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('ensureSeedSet', () => {
  it('copies every article byte for byte, each with a sidecar holding its details and no annotation', async () => {
    const target = await ensureSeedSet(SEEDS_DIR, path.join(root, 'Seed set'));
    const files = await seedFiles();
    expect((await readdir(target)).sort()).toEqual([SET_FILE_NAME, ...files, ...files.map(sidecarNameFor)].sort());
    for (const file of files) {
      const bytes = await readFile(path.join(target, file));
      expect(bytes.equals(await readFile(path.join(SEEDS_DIR, file))), file).toBe(true);
      const sidecar = parseSidecar(await readFile(path.join(target, sidecarNameFor(file)), 'utf8'), sidecarNameFor(file));
      expect(sidecar.article).toEqual({ file, sha256: sha256Hex(bytes), ...SEED_DETAILS[file] });
      expect(sidecar.annotations).toEqual([]);
    }
  });

  it('leaves a folder that exists alone: it is the user’s', async () => {
    const target = path.join(root, 'Seed set');
    await mkdir(target);
    await writeFile(path.join(target, 'mine.txt'), 'My own article\n');
    await ensureSeedSet(SEEDS_DIR, target);
    expect(await readdir(target)).toEqual(['mine.txt']);
  });
});

describe('SEED_DETAILS', () => {
  it('has the details of every seed article, and of nothing else', async () => {
    expect(Object.keys(SEED_DETAILS).sort()).toEqual(await seedFiles());
  });

  it('holds only what the texts show: each outlet and author is named in its text, each date written there, each headline one of its lines', async () => {
    const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (const [file, details] of Object.entries(SEED_DETAILS)) {
      const text = await readFile(path.join(SEEDS_DIR, file), 'utf8');
      if (details.source) expect(text, `${file}: outlet`).toContain(details.source);
      if (details.author) expect(text, `${file}: author`).toContain(details.author);
      if (details.published) {
        const [year, month, day] = details.published.split('-').map(Number) as [number, number, number];
        const written = [`${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`, `${monthNames[month - 1]} ${day}, ${year}`];
        expect(written.some((w) => text.includes(w)), `${file}: ${details.published} written as one of ${written.join(' / ')}`).toBe(true);
      }
      const lines = text.split('\n').map((l) => l.trim());
      // A headline the text has is taken as it is; a text without one gets a short working title.
      if (!lines.includes(details.title)) expect(details.title.length, `${file}: working title`).toBeLessThan(60);
    }
    expect(Object.values(SEED_DETAILS).filter((d) => d.source).length).toBeGreaterThanOrEqual(2);
  });
});
