/**
 * "Compare with another copy…" through the service, on real folders: the
 * report, another threshold, one article's disagreements, the exports.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallArgs, CallName } from '../api/contract';
import { passage, removeRoot, SEED, SEEDS_DIR, startService, tempRoot } from './faults/service-harness';
import { createService } from './service';
import { ipcCall, ok } from './test-support';

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-agreement-');
});
afterEach(async () => {
  await removeRoot(root);
});

async function serviceWithDialogs(setDir: string, folders: string[], saves: string[]) {
  const service = createService({
    dataDir: path.join(root, 'data-compare'),
    defaultSetDir: setDir,
    seedsDir: SEEDS_DIR,
    initialSet: setDir,
    dialogs: { chooseFolder: async () => folders.shift() ?? null, chooseSaveFile: async () => saves.shift() ?? null },
  });
  await service.start();
  return { service, ok: async <K extends CallName>(name: K, args: CallArgs<K>) => ok(await ipcCall(service.handlers, name, args)) };
}

describe('compareWithCopy', () => {
  it('reports per tag, lists the disagreements of an article, follows the threshold, and exports', async () => {
    const alice = await startService(root);
    const shared = await passage(alice.setDir, 1);
    await alice.ok('createAnnotation', { ...shared, tags: ['Russia'] });
    alice.service.dispose();
    const bobDir = path.join(root, 'bob');
    await cp(alice.setDir, bobDir, { recursive: true });
    const bob = await startService(root, { initialSet: bobDir }, 'data-bob');
    const only = await passage(bobDir, 5);
    await bob.ok('createAnnotation', { ...only, tags: ['Russia'] });
    bob.service.dispose();

    const s = await serviceWithDialogs(alice.setDir, [bobDir], [path.join(root, 'report.md'), path.join(root, 'report.csv')]);
    await s.ok('setAnalystName', { name: 'Alice' });
    const view = (await s.ok('compareWithCopy', {}))!;
    expect([view.coderA, view.coderANamed, view.coderB]).toEqual(['Alice', true, 'bob']);
    expect(view.report.compared).toHaveLength(5);
    const russia = view.report.tags.find((t) => t.tag === 'Russia')!;
    expect(russia.segments).toEqual({ agreed: 1, onlyA: 0, onlyB: 1 });
    expect(russia.alpha).toBeGreaterThan(0);
    expect(russia.alpha).toBeLessThan(1);
    expect(view.articles.find((a) => a.file === SEED)?.disagreements).toBe(1);

    const article = await s.ok('compareArticle', { file: SEED });
    expect(article.disagreements.map((d) => [d.kind, d.start, d.end])).toEqual([['onlyB', only.start, only.end]]);
    expect(article.text.slice(only.start, only.end)).toBe(only.exact);

    const stricter = await s.ok('getAgreement', { overlap: 1 });
    expect(stricter.report.overlap).toBe(1);

    expect(await s.ok('exportAgreement', { format: 'markdown' })).toEqual({ file: path.join(root, 'report.md') });
    expect(await readFile(path.join(root, 'report.md'), 'utf8')).toContain('| Russia |');
    await s.ok('exportAgreement', { format: 'csv' });
    expect((await readFile(path.join(root, 'report.csv'), 'utf8')).split('\r\n')[2]).toMatch(/^Russia,/u);
    s.service.dispose();
  });
});
