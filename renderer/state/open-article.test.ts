import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../api';
import { noteOf, positionSelectorOf, quoteSelectorOf, tagsOf, withNote, type Annotation } from '../../annotations/model/annotation';
import { parseSidecar, serializeSidecar, sidecarNameFor } from '../../annotations/sidecar/schema';
import { faultyFs } from '../../annotations/node/faults/faulty-fs';
import { startCore, type Core } from '../test-support/core';
import type { ArticleChange } from './article-store';
import { OpenArticle } from './open-article';

// Flags and emoji before the passages: offsets are code points, not UTF-16 units.
const A = 'Notes from Baku\n🇦🇲🤝🇦🇿 The talks in Washington could end the war.\nMoscow was not at the table.\n';
const B = 'Second article\nNothing to see here.\n';
const TALKS = { start: 22, end: 64 };
const MOSCOW = { start: 65, end: 93 };

/** The core's notices as the analyst would read them. */
function noticeLog(): { info: string[]; error: string[]; notices: { info(text: string): void; error(text: string): void } } {
  const info: string[] = [];
  const error: string[] = [];
  return { info, error, notices: { info: (t) => info.push(t), error: (t) => error.push(t) } };
}

describe('OpenArticle, on the real core', () => {
  let core: Core;
  let said: ReturnType<typeof noticeLog>;
  let open: OpenArticle;
  let changes: ArticleChange[];

  beforeEach(async () => {
    core = await startCore({ 'a.txt': A, 'b.txt': B });
    said = noticeLog();
    const session = await call(core.api.getSession({}));
    open = new OpenArticle(core.api, said.notices, session.set!.tags);
    changes = [];
    open.store.subscribe((change) => changes.push(change));
  });
  afterEach(async () => {
    await core.stop();
  });

  /** The annotations of `file` as its sidecar on disk holds them. */
  async function onDisk(file: string): Promise<Annotation[]> {
    await core.service.flush();
    return parseSidecar(await readFile(path.join(core.folder, sidecarNameFor(file)), 'utf8'), file).annotations;
  }

  it('opens an article into the store, at once', async () => {
    const view = await open.open('a.txt');
    expect(view?.text).toBe(A);
    expect(open.article).toBe(view);
    expect(open.store.getState().article?.file).toBe('a.txt');
    expect(changes).toEqual([{ kind: 'loaded' }]);
  });

  it('tags a span as a new highlight saved with its exact text; the same span again gets a second tag, not a second highlight', async () => {
    await open.open('a.txt');
    const tagging = open.tag(TALKS, 'Peace deal');
    // On screen before the core answers, marked as saving.
    const shown = open.store.getState().annotations;
    expect(shown).toMatchObject([{ start: TALKS.start, end: TALKS.end, exact: 'The talks in Washington could end the war.', tags: ['Peace deal'] }]);
    expect(open.store.saveStateOf(shown[0]!.id)).toEqual({ kind: 'saving' });
    const made = await tagging;
    expect(made).toMatchObject({ start: TALKS.start, end: TALKS.end, exact: 'The talks in Washington could end the war.', tags: ['Peace deal'] });
    // Once saved, the highlight shown gives way to the one on disk.
    expect(open.store.getState().annotations.map((a) => a.id)).toEqual([made!.id]);
    expect(open.store.getState().unconfirmed.size).toBe(0);
    expect(changes.map((c) => c.kind)).toEqual(['loaded', 'added', 'saveState', 'updated', 'tags']);
    expect(open.store.getState().tags.map((t) => t.label)).toContain('Peace deal');

    const again = await open.tag(TALKS, 'U.S. role');
    expect(again?.id).toBe(made!.id);
    expect(open.store.getState().annotations).toHaveLength(1);
    const stored = await onDisk('a.txt');
    expect(stored).toHaveLength(1);
    expect(tagsOf(stored[0]!)).toEqual(['Peace deal', 'U.S. role']);
    expect(quoteSelectorOf(stored[0]!)?.exact).toBe(made!.exact);
    expect(positionSelectorOf(stored[0]!)).toMatchObject(TALKS);
  });

  it('saves a note and claim fields, the store showing what the core returned', async () => {
    await open.open('a.txt');
    const made = (await open.tag(MOSCOW, 'Russia'))!;
    await open.setNote(made.id, 'Compare with the Kremlin readout.');
    const claimed = await open.setClaim(made.id, { stance: 'reports', attribution: 'Reuters' });
    expect(claimed).toMatchObject({ note: 'Compare with the Kremlin readout.', stance: 'reports', attribution: 'Reuters' });
    expect(open.store.annotation(made.id)).toEqual(claimed);
    // The first: the highlight shown at once, confirmed under the core's id.
    const updates = changes.filter((c) => c.kind === 'updated');
    expect(updates).toHaveLength(3);
    expect(updates[0]).toMatchObject({ annotation: { id: made.id } });
    expect(updates[2]).toMatchObject({ before: { note: 'Compare with the Kremlin readout.' }, annotation: { stance: 'reports' } });
    const stored = (await onDisk('a.txt'))[0]!;
    expect(noteOf(stored)).toBe('Compare with the Kremlin readout.');
    expect(stored).toMatchObject({ 'ra:stance': 'reports', 'ra:attribution': 'Reuters' });
  });

  it('moves a highlight to another span, and confirms one where it is', async () => {
    await open.open('a.txt');
    const made = (await open.tag(TALKS, 'Peace deal'))!;
    const moved = await open.place(made.id, MOSCOW);
    expect(moved).toMatchObject({ start: MOSCOW.start, end: MOSCOW.end, exact: 'Moscow was not at the table.' });
    expect(positionSelectorOf((await onDisk('a.txt'))[0]!)).toMatchObject(MOSCOW);
    expect(await open.confirm(made.id)).toMatchObject({ start: MOSCOW.start, status: 'exact' });
  });

  it('moves a deleted annotation to the trash and says how to undo it', async () => {
    await open.open('a.txt');
    const made = (await open.tag(TALKS, 'Peace deal'))!;
    expect(await open.remove(made.id)).toBe(true);
    expect(open.store.getState().annotations).toEqual([]);
    expect(changes.at(-1)).toMatchObject({ kind: 'removed', annotation: { id: made.id } });
    expect(await onDisk('a.txt')).toEqual([]);
    expect((await call(core.api.listTrash({}))).map((item) => item.id)).toEqual([made.id]);
    expect(said.info).toEqual(['Annotation moved to the trash (Ctrl+Z undoes).']);
  });

  it('reports a change the core refuses as not saved, resolves null, and leaves the store as it was', async () => {
    await open.open('a.txt');
    const before = open.store.getState();
    expect(await open.setNote('urn:uuid:no-such-annotation', 'lost?')).toBeNull();
    expect(said.error).toHaveLength(1);
    expect(said.error[0]).toMatch(/^Not saved: /u);
    expect(open.store.getState()).toBe(before);
  });

  it('changes nothing while no article is open', async () => {
    expect(await open.tag(TALKS, 'Peace deal')).toBeNull();
    expect(await open.remove('x')).toBe(false);
    expect(said.error).toEqual([]);
    expect(await onDisk('a.txt').catch(() => 'no sidecar')).toBe('no sidecar');
  });

  it('shows only the article opened last, whichever answer comes first', async () => {
    const release = core.holdReply('openArticle');
    const first = open.open('a.txt');
    const second = await open.open('b.txt');
    release();
    expect(await first).toBeNull();
    expect(second?.file).toBe('b.txt');
    expect(open.article?.file).toBe('b.txt');
    expect(changes).toEqual([{ kind: 'loaded' }]);
  });

  it('rejects an article that cannot be read, and then shows none, keeping the tags', async () => {
    await open.open('a.txt');
    const tags = open.store.getState().tags;
    await expect(open.open('gone.txt')).rejects.toThrow(/gone\.txt/u);
    expect(open.article).toBeNull();
    expect(open.store.getState().tags).toBe(tags);
  });

  it('takes a set edit: the new tags, and the open article read again when the edit changed it', async () => {
    await open.open('a.txt');
    const made = (await open.tag(TALKS, 'Peace deal'))!;
    const result = await call(core.api.renameTag({ label: 'Peace deal', to: 'Peace agreement' }));
    await open.applySetEdit(result);
    expect(open.store.getState().tags.map((t) => t.label)).toContain('Peace agreement');
    expect(open.store.getState().tags.map((t) => t.label)).not.toContain('Peace deal');
    expect(open.store.annotation(made.id)?.tags).toEqual(['Peace agreement']);
    expect(changes.slice(-2).map((c) => c.kind).sort()).toEqual(['loaded', 'tags']);
  });

  it('reads the open article again after another program changed its annotations: only the differences reach the store', async () => {
    await open.open('a.txt');
    const talks = (await open.tag(TALKS, 'Peace deal'))!;
    const moscow = (await open.tag(MOSCOW, 'Russia'))!;
    await core.service.flush();
    // A sync client brings a sidecar where another analyst noted one highlight and deleted the other.
    const file = path.join(core.folder, sidecarNameFor('a.txt'));
    const sidecar = parseSidecar(await readFile(file, 'utf8'), 'a.txt');
    const noted = sidecar.annotations.filter((a) => a.id === talks.id).map((a) => withNote(a, 'Checked against the readout.', '2025-03-01T00:00:00.000Z'));
    await writeFile(file, serializeSidecar({ ...sidecar, annotations: noted }));
    changes.length = 0;

    const view = await open.reread('a.txt');
    expect(view?.annotations.map((a) => a.id)).toEqual([talks.id]);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'updated']);
    expect(open.store.getState().annotations.map((a) => [a.id, a.note])).toEqual([[talks.id, 'Checked against the readout.']]);
    expect(open.store.annotation(moscow.id)).toBeUndefined();
  });

  it('loads the article anew when its text changed on disk', async () => {
    await open.open('b.txt');
    await writeFile(path.join(core.folder, 'b.txt'), `A line added above.\n${B}`);
    changes.length = 0;
    const view = await open.reread('b.txt');
    expect(view?.text).toBe(`A line added above.\n${B}`);
    expect(changes).toEqual([{ kind: 'loaded' }]);
  });

  it('tells what re-anchoring did once, even when a second read of the changed article overtook the one that re-anchored', async () => {
    await open.open('a.txt');
    await open.tag(MOSCOW, 'Russia');
    await writeFile(path.join(core.folder, 'a.txt'), A.replace('Moscow was not at the table.', 'Nobody else came.'));
    const held = core.holdReply('openArticle');
    const first = open.reread('a.txt');
    // Let the first reach the core, then read again (the article was said to change twice).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = open.reread('a.txt');
    held();
    expect(await first).toBeNull();
    expect((await second)?.annotations.map((a) => a.status)).toEqual(['orphan']);
    expect(said.info).toEqual(['The article changed since its annotations were saved. 1 not found.']);
  });

  it('moves an unreadable annotations file aside, untouched, and the article can be annotated again', async () => {
    const broken = '{"format": "research-annotator/sidecar", "version": 1, "annotations": [';
    await writeFile(path.join(core.folder, sidecarNameFor('b.txt')), broken);
    await open.open('b.txt');
    expect(open.article?.readOnlyReason).toBeDefined();
    expect(await open.tag({ start: 15, end: 35 }, 'Peace deal')).toBeNull();
    expect(said.error).toHaveLength(1);
    // Refused, yet not dropped: on screen, marked as not saved, with the reason.
    const [refused] = open.store.getState().annotations;
    expect(refused).toMatchObject({ exact: 'Nothing to see here.', tags: ['Peace deal'] });
    expect(open.store.saveStateOf(refused!.id)).toEqual({ kind: 'failed', reason: expect.stringContaining('cannot be changed') });

    const movedTo = await open.moveSidecarAside();
    expect(movedTo).not.toBeNull();
    expect(await readFile(path.join(core.folder, movedTo!), 'utf8')).toBe(broken);
    expect(open.article?.readOnlyReason).toBeUndefined();
    expect(said.info.at(-1)).toContain(movedTo!);
    // Still there after the article was read again; retried now, it is saved.
    expect(open.store.saveStateOf(refused!.id)?.kind).toBe('failed');
    const saved = await open.retrySave(refused!.id);
    expect(saved).toMatchObject({ exact: 'Nothing to see here.', tags: ['Peace deal'] });
    expect(open.store.getState().annotations.map((a) => a.id)).toEqual([saved!.id]);
    expect((await onDisk('b.txt')).map((a) => a.id)).toEqual([saved!.id]);
  });

  it('drops a refused highlight only when the analyst discards it (Delete does the same)', async () => {
    await writeFile(path.join(core.folder, sidecarNameFor('b.txt')), '{ not json');
    await open.open('b.txt');
    await open.tag({ start: 15, end: 35 }, 'Peace deal');
    await open.tag({ start: 15, end: 20 }, 'Russia');
    const [first, second] = open.store.getState().annotations;
    open.discard(first!.id);
    expect(await open.remove(second!.id)).toBe(true);
    expect(open.store.getState().annotations).toEqual([]);
    expect(said.info).toEqual([]);
  });

  it('a second tag on a highlight still saving goes to it once saved: one highlight, both tags', async () => {
    await open.open('a.txt');
    const first = open.tag(TALKS, 'Peace deal');
    const second = open.tag(TALKS, 'U.S. role');
    const [made, again] = await Promise.all([first, second]);
    expect(again?.id).toBe(made!.id);
    expect(open.store.getState().annotations.map((a) => [a.id, a.tags])).toEqual([[made!.id, ['Peace deal', 'U.S. role']]]);
    expect(tagsOf((await onDisk('a.txt'))[0]!)).toEqual(['Peace deal', 'U.S. role']);
  });

  it('a change the disk refused is marked as not on disk, kept, and unmarked once a save goes through', async () => {
    const disk = faultyFs();
    const faulty = await startCore({ 'a.txt': A }, { fs: disk });
    try {
      const mine = new OpenArticle(faulty.api, noticeLog().notices, (await call(faulty.api.getSession({}))).set!.tags);
      await mine.open('a.txt');
      disk.arm({ step: 'write', code: 'ENOSPC' });
      const made = await mine.tag(TALKS, 'Peace deal');
      expect(made).not.toBeNull();
      expect(mine.store.saveStateOf(made!.id)).toEqual({ kind: 'unsaved', reason: expect.any(String) });
      // The window's own event says why, whenever it comes.
      mine.saveFailed('a.txt', 'a.txt.annotations.json: the disk is full');
      expect(mine.store.saveStateOf(made!.id)).toEqual({ kind: 'unsaved', reason: 'a.txt.annotations.json: the disk is full' });
      // Retried while the disk still refuses: still marked.
      await mine.retrySave(made!.id);
      expect(mine.store.saveStateOf(made!.id)?.kind).toBe('unsaved');
      disk.disarm();
      expect(await mine.retrySave(made!.id)).toMatchObject({ id: made!.id });
      expect(mine.store.saveStateOf(made!.id)).toBeUndefined();
      const stored = parseSidecar(await readFile(path.join(faulty.folder, sidecarNameFor('a.txt')), 'utf8'), 'a.txt').annotations;
      expect(stored.map((a) => a.id)).toEqual([made!.id]);
    } finally {
      await faulty.stop();
    }
  });
});
