/**
 * The analyst's name: kept in the app's settings, written as the W3C creator
 * of each annotation they create or change, read back in the views. Real
 * service, real temporary folders, sidecars checked on disk.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { passage, removeRoot, SEED, startService, tempRoot } from './faults/service-harness';

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-creator-');
});
afterEach(async () => {
  await removeRoot(root);
});

async function onDisk(setDir: string, id: string) {
  const name = sidecarNameFor(SEED);
  const sidecar = parseSidecar(await readFile(path.join(setDir, name), 'utf8'), name);
  return sidecar.annotations.find((a) => a.id === id);
}

describe('the analyst as creator', () => {
  it('no name given: annotations carry no creator, and stay valid', async () => {
    const h = await startService(root);
    expect((await h.ok('getSession', {})).analystName).toBeUndefined();
    const { annotation } = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Russia'] });
    expect((await onDisk(h.setDir, annotation.id))?.['creator']).toBeUndefined();
    expect(annotation.creators).toBeUndefined();
  });

  it('is kept in the settings, written into what the analyst creates and changes, and shown in the view', async () => {
    const h = await startService(root);
    expect(await h.ok('setAnalystName', { name: '  Alice   Martin ' })).toEqual({ analystName: 'Alice Martin' });
    const { annotation } = await h.ok('createAnnotation', { ...(await passage(h.setDir, 1)), tags: ['Russia'] });
    expect(annotation.creators).toEqual(['Alice Martin']);
    expect((await onDisk(h.setDir, annotation.id))?.['creator']).toEqual({ type: 'Person', name: 'Alice Martin' });
    h.service.dispose();

    // Another session (same settings folder): the name is remembered; a colleague's change adds them.
    const again = await startService(root);
    expect((await again.ok('getSession', {})).analystName).toBe('Alice Martin');
    await again.ok('setAnalystName', { name: 'Bob' });
    const updated = await again.ok('updateAnnotation', { file: SEED, id: annotation.id, note: 'checked' });
    expect(updated.annotation.creators).toEqual(['Alice Martin', 'Bob']);
    expect((await onDisk(again.setDir, annotation.id))?.['creator']).toEqual([
      { type: 'Person', name: 'Alice Martin' },
      { type: 'Person', name: 'Bob' },
    ]);
    // Forgetting the name writes nobody into the next change.
    expect(await again.ok('setAnalystName', { name: null })).toEqual({ analystName: null });
    const other = await again.ok('createAnnotation', { ...(await passage(again.setDir, 3)), tags: [] });
    expect((await onDisk(again.setDir, other.annotation.id))?.['creator']).toBeUndefined();
    again.service.dispose();
  });

  it('is asked once: the session says so until the analyst answers, a name or "not now", in this session and the next', async () => {
    const h = await startService(root);
    expect((await h.ok('getSession', {})).askAnalystName).toBe(true);
    // Not now: no name, and not asked again.
    expect(await h.ok('setAnalystName', { name: null })).toEqual({ analystName: null });
    expect((await h.ok('getSession', {})).askAnalystName).toBeUndefined();
    h.service.dispose();
    const again = await startService(root);
    expect((await again.ok('getSession', {})).askAnalystName).toBeUndefined();
    again.service.dispose();
  });

  it('is not asked of an analyst who gave a name before the question existed', async () => {
    const h = await startService(root);
    await h.ok('setAnalystName', { name: 'Alice' });
    h.service.dispose();
    const settings = path.join(root, 'data', 'settings.json');
    const { analystNameAsked: _asked, ...older } = JSON.parse(await readFile(settings, 'utf8')) as Record<string, unknown>;
    await writeFile(settings, JSON.stringify(older));
    const again = await startService(root);
    expect(await again.ok('getSession', {})).toMatchObject({ analystName: 'Alice' });
    expect((await again.ok('getSession', {})).askAnalystName).toBeUndefined();
    again.service.dispose();
  });
});
