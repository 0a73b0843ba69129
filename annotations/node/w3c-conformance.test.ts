/**
 * Every annotation the app writes is a conforming W3C Web Annotation: the
 * Working Group's own MUST assertions (vendor/w3c-annotation-tests, run as
 * web-platform-tests runs them: node/w3c-model-tests.ts) over the JSON-LD
 * export and over the sidecars and the trash as they are on disk. And a
 * sidecar of the form written before (`"body": []`, `anchorReview`) opens
 * with every field, and is written in the conforming form on its next save.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, ANNOTATION_CONTEXT } from '../model/json-ld';
import { REVIEW_KEY } from '../model/review';
import { parseSidecar, sidecarNameFor } from '../sidecar/schema';
import { TRASH_FILE_NAME } from '../sidecar/trash';
import { buildBrief } from '../cli/build-brief';
import { writeAnnotatedSeedSet } from './annotated-seed-set';
import { removeRoot, SEEDS_DIR, startService, tempRoot } from './faults/service-harness';
import { failedMusts, mustAssertions } from './w3c-model-tests';

type Json = Record<string, unknown>;
const OLD_FIXTURE = new URL('../sidecar/fixtures/before-issue-18.annotations.json', import.meta.url);
const SEED = '000_5070c6c1e48426b5.txt';

let root: string;
beforeEach(async () => {
  root = await tempRoot('annotator-w3c-');
});
afterEach(async () => {
  await removeRoot(root);
});

async function rawAnnotations(file: string): Promise<Json[]> {
  return (JSON.parse(await readFile(file, 'utf8')) as { annotations: Json[] }).annotations;
}

describe('the W3C model tests', () => {
  it('are the 54 MUST assertions, and they have teeth: the old plain highlight ("body": []) fails 15, one without @context fails', () => {
    expect(mustAssertions()).toHaveLength(54);
    const tagged = {
      '@context': ANNO_CONTEXT,
      id: 'urn:uuid:1',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }],
      target: { source: 'a.txt', selector: [{ type: 'TextPositionSelector', start: 0, end: 1 }] },
    };
    expect(failedMusts(tagged)).toEqual([]);
    expect(failedMusts({ ...tagged, body: [] })).toHaveLength(15);
    const { body: _none, ...plain } = tagged;
    expect(failedMusts(plain)).toEqual([]);
    const { '@context': _context, ...bare } = tagged;
    expect(failedMusts(bare)).toEqual(['3.1-annotationContextValidated.json']);
  });
});

describe('what the app writes passes every MUST assertion', () => {
  it('the JSON-LD export of the seed set with the golden brief annotations', async () => {
    const set = path.join(root, 'seed');
    await mkdir(set);
    const written = await writeAnnotatedSeedSet(set);
    const exported = JSON.parse(await buildBrief({ folder: set, format: 'jsonld', options: {}, now: new Date('2025-08-10T12:00:00Z') })) as { first: { items: Json[] } };
    const items = exported.first.items;
    expect(items).toHaveLength([...written.values()].flat().length);
    for (const item of items) expect({ id: item['id'], failed: failedMusts(item) }).toEqual({ id: item['id'], failed: [] });
    expect(items.every((i) => JSON.stringify(i['@context']) === JSON.stringify(ANNOTATION_CONTEXT))).toBe(true);
  });

  it('the sidecars and the trash as stored: a plain highlight, tags, a note, claim fields, a deleted annotation', async () => {
    const h = await startService(root);
    const text = await readFile(path.join(h.setDir, SEED), 'utf8');
    const at = (n: number) => ({ file: SEED, start: 40 * n, end: 40 * n + 25, exact: text.slice(40 * n, 40 * n + 25) });
    const plain = await h.ok('createAnnotation', { ...at(1), tags: [] });
    const tagged = await h.ok('createAnnotation', { ...at(3), tags: ['Peace deal', 'Security/Guarantees'], note: 'Check the date.' });
    await h.ok('updateAnnotation', { file: SEED, id: tagged.annotation.id, stance: 'asserts', attribution: 'Marco Rubio', confidence: 'high', sameClaimAs: [plain.annotation.id] });
    const gone = await h.ok('createAnnotation', { ...at(5), tags: ['Russia'] });
    await h.ok('deleteAnnotation', { file: SEED, id: gone.annotation.id });
    await h.service.flush();
    h.service.dispose();

    const stored = await rawAnnotations(path.join(h.setDir, sidecarNameFor(SEED)));
    expect(stored.map((a) => a['id'])).toEqual([plain.annotation.id, tagged.annotation.id]);
    expect(stored[0]).not.toHaveProperty('body');
    const trash = (JSON.parse(await readFile(path.join(h.setDir, TRASH_FILE_NAME), 'utf8')) as { items: { annotation: Json }[] }).items.map((i) => i.annotation);
    expect(trash.map((a) => a['id'])).toEqual([gone.annotation.id]);
    for (const annotation of [...stored, ...trash]) {
      expect(annotation['@context']).toEqual(ANNOTATION_CONTEXT);
      expect({ id: annotation['id'], failed: failedMusts(annotation) }).toEqual({ id: annotation['id'], failed: [] });
    }
  });
});

describe('a sidecar written before (a real file of that form: "body": [], anchorReview)', () => {
  async function openOld(): Promise<{ set: string; sidecar: string; old: Json }> {
    const set = path.join(root, 'old');
    await mkdir(set);
    await copyFile(path.join(SEEDS_DIR, SEED), path.join(set, SEED));
    const sidecar = path.join(set, sidecarNameFor(SEED));
    await copyFile(OLD_FIXTURE, sidecar);
    return { set, sidecar, old: JSON.parse(await readFile(OLD_FIXTURE, 'utf8')) as Json };
  }

  it('opens with every field: tags, note, claim fields, links, the review marker, other tools\' fields', async () => {
    const { set, sidecar, old } = await openOld();
    const [plain, tagged, reviewed] = (old['annotations'] as Json[]).map((a) => a as Json & { id: string });
    const read = parseSidecar(await readFile(sidecar, 'utf8'), sidecarNameFor(SEED));
    expect(read.article).toEqual(old['article']);
    expect(read['generator']).toEqual(old['generator']);
    expect(read.annotations[0]).toEqual(plain);
    expect(read.annotations[1]).toEqual(tagged);
    const { anchorReview, ...rest } = reviewed as Json;
    expect(read.annotations[2]).toEqual({ ...rest, [REVIEW_KEY]: anchorReview });

    const h = await startService(root, { initialSet: set });
    const article = await h.ok('openArticle', { file: SEED });
    const views = article.annotations;
    expect(views.map((v) => v.id)).toEqual([plain?.id, tagged?.id, reviewed?.id]);
    expect(views[0]).toMatchObject({ tags: [], note: '' });
    expect(views[1]).toMatchObject({ tags: ['Peace deal', 'U.S. role'], note: 'Optimism, not a date.', stance: 'reports', attribution: 'Marco Rubio', confidence: 'medium' });
    // The review marker is read: the annotation shows as an approximate match to confirm, with its score.
    expect(views[2]).toMatchObject({ status: 'fuzzy', score: 0.93 });
    h.service.dispose();
  });

  it('is left as it is until a save, then written in the conforming form with every other field unchanged', async () => {
    const { set, sidecar, old } = await openOld();
    const before = await readFile(sidecar, 'utf8');
    const h = await startService(root, { initialSet: set });
    await h.ok('openArticle', { file: SEED });
    await h.service.flush();
    expect(await readFile(sidecar, 'utf8')).toBe(before);

    const [, , reviewed] = old['annotations'] as Json[];
    await h.ok('updateAnnotation', { file: SEED, id: String(reviewed?.['id']), note: 'Edited after the update.' });
    await h.service.flush();
    h.service.dispose();

    const after = JSON.parse(await readFile(sidecar, 'utf8')) as Json & { annotations: Json[] };
    for (const annotation of after.annotations) {
      expect({ id: annotation['id'], failed: failedMusts(annotation) }).toEqual({ id: annotation['id'], failed: [] });
      expect(annotation['@context']).toEqual(ANNOTATION_CONTEXT);
      expect(annotation).not.toHaveProperty('anchorReview');
    }
    const oldAnnotations = old['annotations'] as Json[];
    const { body: _empty, ...plainWithoutBody } = oldAnnotations[0] as Json;
    expect(after.annotations[0]).toEqual({ '@context': ANNOTATION_CONTEXT, ...plainWithoutBody });
    expect(after.annotations[1]).toEqual({ '@context': ANNOTATION_CONTEXT, ...oldAnnotations[1] });
    const { anchorReview, modified: _m, body: oldBody, ...reviewedRest } = oldAnnotations[2] as Json;
    expect(after.annotations[2]).toMatchObject({ ...reviewedRest, [REVIEW_KEY]: anchorReview });
    expect(after.annotations[2]?.['body']).toEqual([...(oldBody as Json[]), { type: 'TextualBody', purpose: 'commenting', value: 'Edited after the update.' }]);
    const { annotations: _a, ...top } = after;
    const { annotations: _b, ...oldTop } = old;
    expect(top).toEqual(oldTop);
  });
});
