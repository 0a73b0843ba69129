/**
 * The annotation calls' paths that service.test.ts does not reach: a codebook
 * the disk refuses while a tag is added, and re-attaching onto a selection
 * that is not the text. Real service, real temporary folders; only the save
 * of annotation-set.json is made to fail, through the save's steps.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SET_FILE_NAME } from '../model/codebook';
import { parseSetFile } from '../sidecar/schema';
import { nodeFs, type FsSteps } from './atomic-write';
import { passage, removeRoot, SEED, startService, tempRoot } from './faults/service-harness';

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-annotations-');
});
afterEach(async () => {
  await removeRoot(root);
});

/** The real steps, but creating the codebook's temporary file fails with ENOSPC while `full` is set. */
function codebookDiskFull(): FsSteps & { full: boolean } {
  const fs = {
    ...nodeFs,
    full: false,
    create: async (file: string) => {
      if (fs.full && path.basename(file).includes(SET_FILE_NAME)) {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return nodeFs.create(file);
    },
  };
  return fs;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('addTag', () => {
  it('with a colour, on a disk that refuses the codebook: succeeds, reports, and saves the tag with its colour once the disk works', async () => {
    const fs = codebookDiskFull();
    const h = await startService(root, { fs, retryDelaysMs: [40] });
    fs.full = true;

    const tags = await h.ok('addTag', { label: 'Ceasefire talks', color: '#123456' });
    expect(tags.find((t) => t.label === 'Ceasefire talks')?.color).toBe('#123456');
    expect(h.events).toContainEqual(expect.objectContaining({ type: 'saveFailed', file: SET_FILE_NAME, sidecar: SET_FILE_NAME }));

    fs.full = false;
    await until(() => h.events.some((e) => e.type === 'saved' && e.file === SET_FILE_NAME), 'the retry');
    const stored = parseSetFile(await readFile(path.join(h.setDir, SET_FILE_NAME), 'utf8'), SET_FILE_NAME);
    expect(stored.tags.find((t) => t.label === 'Ceasefire talks')?.color).toBe('#123456');
    expect(await h.service.flush()).toEqual({ unsaved: [] });
    h.service.dispose();
  });
});

describe('reattachAnnotation', () => {
  it('refuses a selection that is not the text at that place, or ends after the text, and leaves the annotation where it was', async () => {
    const h = await startService(root);
    const at = await passage(h.setDir, 1);
    const { annotation } = await h.ok('createAnnotation', { ...at, tags: ['Kept'] });
    const length = Array.from(await readFile(path.join(h.setDir, SEED), 'utf8')).length;

    const wrongText = await h.call('reattachAnnotation', { file: SEED, id: annotation.id, start: at.start + 1, end: at.end + 1, exact: at.exact });
    expect(wrongText).toMatchObject({ ok: false, error: { kind: 'invalid-argument', file: SEED } });
    if (!wrongText.ok) expect(wrongText.error.message).toMatch(/no longer matches/u);

    const beyond = await h.call('reattachAnnotation', { file: SEED, id: annotation.id, start: length - 2, end: length + 3, exact: 'xxxxx' });
    expect(beyond).toMatchObject({ ok: false, error: { kind: 'invalid-argument', file: SEED } });
    if (!beyond.ok) expect(beyond.error.message).toMatch(/ends after the end/u);

    const view = await h.ok('openArticle', { file: SEED });
    expect(view.annotations.find((a) => a.id === annotation.id)).toMatchObject({ start: at.start, end: at.end, status: 'exact' });
    h.service.dispose();
  });
});
