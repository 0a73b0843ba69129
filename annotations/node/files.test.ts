import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exists, MAX_ARTICLE_BYTES, readArticleFile, sha256Hex, writeFileAtomic } from './files';
import { refusal } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'annotator-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exists', () => {
  it('is true for a file, a folder and a link even when the link leads nowhere; false for a free name', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'a');
    await mkdir(path.join(dir, 'folder'));
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'link'));
    await symlink(path.join(dir, 'missing'), path.join(dir, 'dangling'));
    expect(await exists(path.join(dir, 'a.txt'))).toBe(true);
    expect(await exists(path.join(dir, 'folder'))).toBe(true);
    expect(await exists(path.join(dir, 'link'))).toBe(true);
    expect(await exists(path.join(dir, 'dangling'))).toBe(true);
    expect(await exists(path.join(dir, 'missing'))).toBe(false);
  });
});

describe('sha256Hex', () => {
  it('hashes bytes', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('writeFileAtomic', () => {
  it('writes, replaces, and leaves no temporary files', async () => {
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two ✓');
    expect(await readFile(file, 'utf8')).toBe('two ✓');
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});

describe('readArticleFile', () => {
  it('strips one BOM, keeps everything else, and hashes the raw bytes', async () => {
    const raw = '\uFEFFTitle\r\n\u00A0 indented\n';
    await writeFile(path.join(dir, 'a.txt'), raw);
    const { text, sha256 } = await readArticleFile(path.join(dir, 'a.txt'), 'a.txt');
    expect(text).toBe('Title\r\n\u00A0 indented\n');
    expect(sha256).toBe(sha256Hex(new Uint8Array(await readFile(path.join(dir, 'a.txt')))));
  });

  it('refuses binary, invalid UTF-8, oversize and missing files, naming them', async () => {
    await writeFile(path.join(dir, 'bin.txt'), new Uint8Array([0x50, 0x4b, 0x00, 0x01]));
    await writeFile(path.join(dir, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    await writeFile(path.join(dir, 'big.txt'), new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    for (const [name, kind, words] of [
      ['bin.txt', 'invalid-article', 'NUL'],
      ['latin1.txt', 'invalid-article', 'UTF-8'],
      ['big.txt', 'invalid-article', '20 MiB'],
      ['nope.txt', 'not-found', 'does not exist'],
    ] as const) {
      const error = await refusal(readArticleFile(path.join(dir, name), name));
      expect(error.kind).toBe(kind);
      expect(error.file).toBe(name);
      expect(error.message).toContain(name);
      expect(error.message).toContain(words);
    }
  });
});
