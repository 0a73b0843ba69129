import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../model/annotation';
import { emptySidecar, serializeSidecar, type Sidecar } from '../sidecar/schema';
import { MAX_ARTICLE_BYTES } from './files';
import { SetStore } from './set-store';
import { refusal } from './test-support';

let root: string; // holds the set folder and an "outside" folder
let folder: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'annotator-set-'));
  folder = path.join(root, 'My set');
  outside = path.join(root, 'outside');
  await mkdir(folder);
  await mkdir(outside);
  await writeFile(path.join(folder, 'b.txt'), 'Second article\n');
  await writeFile(path.join(folder, 'a.txt'), '\uFEFFFirst article 😀\u00A0text\n');
  await writeFile(path.join(folder, '.hidden.txt'), 'hidden');
  await writeFile(path.join(folder, 'notes.md'), 'not an article');
  await mkdir(path.join(folder, 'dir.txt'));
  await writeFile(path.join(outside, 'secret.txt'), 'secret');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});


function sidecarWithOne(file: string, sha256: string, id = 'urn:uuid:1'): Sidecar {
  const annotation = createAnnotation({
    id,
    now: '2025-01-01T00:00:00.000Z',
    source: file,
    quote: { type: 'TextQuoteSelector', exact: 'First', prefix: '', suffix: ' article' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    tags: ['claim'],
    note: 'why',
  });
  return { ...emptySidecar(file, sha256), annotations: [{ ...annotation, extra: { kept: true } }], tool: 'x' };
}

describe('SetStore.open', () => {
  it('opens a folder by its real path and names it', async () => {
    await symlink(folder, path.join(root, 'link-to-set'));
    const store = await SetStore.open(path.join(root, 'link-to-set'));
    expect(store.folder).toBe(path.join(await realpath(root), 'My set'));
    expect(store.name).toBe('My set');
  });

  it('refuses a missing folder and a file, naming them', async () => {
    const missing = await refusal(SetStore.open(path.join(root, 'nope')));
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toContain('nope');
    const file = await refusal(SetStore.open(path.join(folder, 'a.txt')));
    expect(file.kind).toBe('not-found');
    expect(file.message).toContain('a.txt');
  });

  it('takes the name from annotation-set.json when there is one', async () => {
    await writeFile(path.join(folder, 'annotation-set.json'), JSON.stringify({ format: 'research-annotator/set', version: 1, name: 'Caucasus', tags: [] }));
    expect((await SetStore.open(folder)).name).toBe('Caucasus');
  });
});

describe('SetStore files', () => {
  it('lists .txt files directly in the folder, sorted, without hidden files, folders or links outside', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(folder, 'escape.txt'));
    await symlink(path.join(folder, 'b.txt'), path.join(folder, 'c-link.txt'));
    const store = await SetStore.open(folder);
    expect(await store.listArticleFiles()).toEqual(['a.txt', 'b.txt', 'c-link.txt']);
  });

  it('reads an article with the BOM removed', async () => {
    const store = await SetStore.open(folder);
    const { text, sha256 } = await store.readArticle('a.txt');
    expect(text).toBe('First article 😀\u00A0text\n');
    expect(sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('writes and reads a sidecar, keeping unknown fields, leaving no temporary files', async () => {
    const store = await SetStore.open(folder);
    const { sha256 } = await store.readArticle('a.txt');
    expect(await store.readSidecar('a.txt')).toBeNull();
    const sidecar = sidecarWithOne('a.txt', sha256);
    await store.writeSidecar('a.txt', sidecar);
    expect(await store.readSidecar('a.txt')).toEqual(sidecar);
    expect(await readFile(path.join(folder, 'a.txt.annotations.json'), 'utf8')).toBe(serializeSidecar(sidecar));
    expect((await readdir(folder)).filter((f) => !['a.txt', 'b.txt', '.hidden.txt', 'notes.md', 'dir.txt'].includes(f))).toEqual([
      'a.txt.annotations.json',
    ]);
  });

  it('serializes quick successive saves to one file: the last one wins, intact', async () => {
    const store = await SetStore.open(folder);
    const saves = Array.from({ length: 10 }, (_, i) => store.writeSidecar('a.txt', sidecarWithOne('a.txt', 'a'.repeat(64), `urn:uuid:${i}`)));
    await Promise.all(saves);
    expect((await store.readSidecar('a.txt'))?.annotations[0]?.id).toBe('urn:uuid:9');
    expect((await readdir(folder)).filter((f) => f.includes('annotations.json'))).toEqual(['a.txt.annotations.json']);
  });

  it('reports a corrupt sidecar with its file name', async () => {
    await writeFile(path.join(folder, 'a.txt.annotations.json'), '{"format": "research-annotator/sidecar", ');
    const store = await SetStore.open(folder);
    const error = await refusal(store.readSidecar('a.txt'));
    expect(error.kind).toBe('invalid-sidecar');
    expect(error.message).toContain('a.txt.annotations.json');
  });

  it('never overwrites a sidecar written by a newer version', async () => {
    const newer = JSON.stringify({ format: 'research-annotator/sidecar', version: 2, future: true });
    await writeFile(path.join(folder, 'a.txt.annotations.json'), newer);
    const store = await SetStore.open(folder);
    expect((await refusal(store.readSidecar('a.txt'))).kind).toBe('unsupported-version');
    const error = await refusal(store.writeSidecar('a.txt', emptySidecar('a.txt', 'a'.repeat(64))));
    expect(error.kind).toBe('unsupported-version');
    expect(await readFile(path.join(folder, 'a.txt.annotations.json'), 'utf8')).toBe(newer);
  });

  it('never overwrites a sidecar a newer version wrote over one it saved itself', async () => {
    const store = await SetStore.open(folder);
    await store.writeSidecar('a.txt', emptySidecar('a.txt', 'a'.repeat(64)));
    await store.writeSidecar('a.txt', emptySidecar('a.txt', 'a'.repeat(64)));
    const newer = JSON.stringify({ format: 'research-annotator/sidecar', version: 2, future: true });
    await writeFile(path.join(folder, 'a.txt.annotations.json'), newer);
    const error = await refusal(store.writeSidecar('a.txt', emptySidecar('a.txt', 'a'.repeat(64))));
    expect(error.kind).toBe('unsupported-version');
    expect(await readFile(path.join(folder, 'a.txt.annotations.json'), 'utf8')).toBe(newer);
  });

  it('writes and reads the codebook', async () => {
    const store = await SetStore.open(folder);
    expect(await store.readSetFile()).toBeNull();
    const setFile = { format: 'research-annotator/set' as const, version: 1 as const, name: 'Desk', tags: [{ label: 'claim', color: '#f6c85f' }] };
    await store.writeSetFile(setFile);
    expect(await store.readSetFile()).toEqual(setFile);
    expect(store.name).toBe('Desk');
  });
});

describe('SetStore.resolveInside', () => {
  it('returns the absolute path of a bare name, existing or not', async () => {
    const store = await SetStore.open(folder);
    expect(await store.resolveInside('a.txt')).toBe(path.join(store.folder, 'a.txt'));
    expect(await store.resolveInside('new.txt.annotations.json')).toBe(path.join(store.folder, 'new.txt.annotations.json'));
  });

  it.each(['../outside/secret.txt', '..', '.', '', 'sub/a.txt', 'sub\\a.txt', '/etc/passwd', 'a.txt\0.png'])(
    'refuses %j',
    async (name) => {
      const store = await SetStore.open(folder);
      expect((await refusal(store.resolveInside(name))).kind).toBe('outside-set');
    },
  );

  it('refuses symlinks leading outside, also dangling ones, for reading and writing', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(folder, 'escape.txt'));
    await symlink(path.join(outside, 'new.json'), path.join(folder, 'dangling.txt.annotations.json'));
    const store = await SetStore.open(folder);
    const read = await refusal(store.readArticle('escape.txt'));
    expect(read.kind).toBe('outside-set');
    expect(read.message).toContain('escape.txt');
    const write = await refusal(store.writeSidecar('dangling.txt', emptySidecar('dangling.txt', 'a'.repeat(64))));
    expect(write.kind).toBe('outside-set');
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });
});

describe('SetStore.readArticle refusals', () => {
  it('refuses binary, invalid UTF-8 and oversize articles, naming the file', async () => {
    await writeFile(path.join(folder, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await writeFile(path.join(folder, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await writeFile(path.join(folder, 'huge.txt'), new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    const store = await SetStore.open(folder);
    for (const name of ['image.txt', 'latin1.txt', 'huge.txt']) {
      const error = await refusal(store.readArticle(name));
      expect(error.kind).toBe('invalid-article');
      expect(error.file).toBe(name);
      expect(error.message).toContain(name);
    }
  });
});
