/**
 * The same claim in other sources through the service, on real copies of the
 * seed articles in temporary folders, called the way the window calls it
 * (dispatch, arguments through JSON): Elsewhere, the three decisions and
 * their undo, the review queue, the compare view, the index following the
 * folder.
 */
import { mkdtemp, readdir, readFile, realpath, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, CallArgs, CallName } from '../api/contract';
import type { ElsewhereCandidateView, ElsewhereView } from '../api/view-types';
import { parseSidecar, sidecarNameFor, type Sidecar } from '../sidecar/schema';
import { writeClaimHeavySeedSet } from './claim-heavy-set';
import { ensureSeedSet } from './seed-set';
import { createService, type AnnotatorService } from './service';
import { failure, ipcCall, ipcCallRaw, ok } from './test-support';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const A = '000_5070c6c1e48426b5.txt';
const B = '002_629f6f8c301c9278.txt';
/** A claim of seed 000 and where seed 002 states it (bench/match/gold/seeds.json, cluster rubio-deal-soon). */
const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
const COUNTERPART = 'Armenia and Azerbaijan could strike a peace deal pretty soon';

let root: string;
let folder: string;
let service: AnnotatorService;
let events: AppEvent[];

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'annotator-match-')));
  // The seed set as a first launch makes it: the articles with their details (outlets, titles).
  folder = await ensureSeedSet(SEEDS_DIR, path.join(root, 'set'));
  service = await open(folder);
});

afterEach(async () => {
  service.dispose();
  await rm(root, { recursive: true, force: true });
});

async function open(setFolder: string): Promise<AnnotatorService> {
  events = [];
  let n = 0;
  const s = createService({
    emit: (event) => events.push(event),
    dataDir: path.join(root, 'data'),
    defaultSetDir: path.join(root, 'unused'),
    seedsDir: SEEDS_DIR,
    dialogs: { chooseFolder: async () => null, chooseSaveFile: async () => null },
    clock: () => new Date('2025-08-07T10:20:30.000Z'),
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    initialSet: setFolder,
  });
  await s.start();
  return s;
}

async function call<K extends CallName>(name: K, args: CallArgs<K>) {
  return ok(await ipcCall(service.handlers, name, args));
}

async function sidecar(file: string): Promise<Sidecar> {
  const name = sidecarNameFor(file);
  return parseSidecar(await readFile(path.join(folder, name), 'utf8'), name);
}

/** Tags `quote` (found once in `file`) as a claim; returns its id. */
async function tag(file: string, quote: string, tags = ['Negotiations']): Promise<string> {
  const text = await readFile(path.join(folder, file), 'utf8');
  const at = text.indexOf(quote);
  expect(at).toBeGreaterThanOrEqual(0);
  const start = Array.from(text.slice(0, at)).length;
  const created = await call('createAnnotation', { file, start, end: start + Array.from(quote).length, exact: quote, tags });
  return created.annotation.id;
}

function counterpartIn(view: ElsewhereView): ElsewhereCandidateView {
  const found = view.candidates.find((c) => c.file === B && c.text.includes(COUNTERPART));
  if (!found) throw new Error(`no candidate in ${B}: ${JSON.stringify(view.candidates.map((c) => [c.file, c.text.slice(0, 60)]))}`);
  return found;
}

function decide(claim: string, decision: 'same' | 'disputes' | 'not-same', c: ElsewhereCandidateView) {
  return call('decideCandidate', { file: A, id: claim, decision, candidate: { file: c.file, start: c.start, end: c.end, text: c.text, annotation: c.annotation } });
}

describe('Elsewhere', () => {
  it('lists the passages of other articles that state the claim, likely ones first, with why and what differs', async () => {
    const id = await tag(A, CLAIM);
    const view = await call('getElsewhere', { file: A, id });
    expect(view.claim).toMatchObject({ id, file: A, exact: CLAIM, tags: ['Negotiations'] });
    expect(view.note).toBeUndefined();
    expect(view.candidates.every((c) => c.file !== A)).toBe(true);
    const perArticle = new Map<string, number>();
    for (const c of view.candidates) perArticle.set(c.file, (perArticle.get(c.file) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(3);
    // Likely ones first, each part best first.
    const likely = view.candidates.filter((c) => c.likely);
    expect(view.candidates.slice(0, likely.length)).toEqual(likely);
    for (const part of [likely, view.candidates.filter((c) => !c.likely)]) {
      expect(part.map((c) => c.score)).toEqual([...part.map((c) => c.score)].sort((x, y) => y - x));
    }

    const c = counterpartIn(view);
    expect(c.likely).toBe(true);
    expect(c.annotation).toBeNull();
    expect(c.title).toBe('Moscow sidelined: a U.S. opening');
    expect(c.shared.names).toContain('Rubio');
    expect(c.shared.places.length).toBeGreaterThan(0);
    // The passage read in its place: the article's text either side.
    const text = await readFile(path.join(folder, B), 'utf8');
    expect(text).toContain(c.before + c.text + c.after);
    expect(c.copyOfClaimArticle).toBe(false);
    expect(view.linked).toEqual([]);
    expect(view.dismissed).toBe(0);
  });

  it('dates a "last month" by the article\'s published date, and follows the date as the analyst edits it', async () => {
    // Two reports of story F (bench/match/gold/news): one dates the attack "last month", the other "May 2".
    const news = fileURLToPath(new URL('../../bench/match/gold/news/articles/', import.meta.url));
    const [here, there] = ['f01-newindianexpress.txt', 'f12-newszop-toi.txt'];
    for (const f of [here, there]) await writeFile(path.join(folder, f), await readFile(path.join(news, f)));
    // The folder watcher tells of the two new articles once; under load that can come after the edits below.
    await waitFor(() => [here, there].every((f) => events.some((e) => e.type === 'matchesChanged' && e.files.includes(f))));
    const id = await tag(here, 'following the Pahalgam terror attack last month');
    const mayTwo = async () => {
      const view = await call('getElsewhere', { file: here, id });
      const found = view.candidates.find((c) => c.file === there && c.text.includes('after the May 2 Pahalgam attack'));
      expect(found).toBeDefined();
      return found?.differences;
    };
    // Undated, "last month" is no date.
    expect(await mayTwo()).toEqual([]);
    events.length = 0;
    await call('updateArticleMeta', { file: here, published: '2025-05-10' });
    // The window is told, so an open Elsewhere list asks again; an edit that leaves the date alone tells nothing.
    expect(events).toContainEqual({ type: 'matchesChanged', files: [here] });
    expect(await mayTwo()).toEqual([{ kind: 'date', here: 'last month', there: 'May 2', hereReads: 'April 2025' }]);
    events.length = 0;
    await call('updateArticleMeta', { file: here, source: 'The New Indian Express' });
    expect(events.filter((e) => e.type === 'matchesChanged')).toEqual([]);
    // Published in June, its "last month" is May: no longer a difference.
    await call('updateArticleMeta', { file: here, published: '2025-06-02' });
    expect(await mayTwo()).toEqual([]);
  });

  it('says why a claim cannot be matched: too short, or not found in the text', async () => {
    const short = await tag(A, 'Rubio');
    expect((await call('getElsewhere', { file: A, id: short })).note).toBe('too-short');

    const id = await tag(A, CLAIM);
    const text = await readFile(path.join(folder, A), 'utf8');
    await writeFile(path.join(folder, A), text.replace(CLAIM, 'Nothing of the kind was said.'));
    await call('openArticle', { file: A });
    const view = await call('getElsewhere', { file: A, id });
    expect(view.note).toBe('orphan');
    expect(view.candidates).toEqual([]);
  });

  it('refuses an annotation that is not there', async () => {
    const error = failure(await ipcCall(service.handlers, 'getElsewhere', { file: A, id: 'urn:uuid:none' }));
    expect(error.kind).toBe('not-found');
  });
});

describe('decisions', () => {
  it('Same claim: creates the passage as an annotation with the claim’s tags, links both on disk, one undo step', async () => {
    const id = await tag(A, CLAIM, ['Negotiations', 'Diplomacy']);
    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    const result = await decide(id, 'same', c);
    expect(result).toMatchObject({ decision: 'same', label: 'Link as the same claim', created: true, updated: [B, A] });
    const otherId = result.other?.annotation.id as string;
    expect(result.other?.annotation).toMatchObject({ exact: c.text, tags: ['Negotiations', 'Diplomacy'], sameClaimAs: [id] });
    expect(result.claim.annotation.sameClaimAs).toEqual([otherId]);

    // On disk, both sides.
    const other = (await sidecar(B)).annotations.find((a) => a.id === otherId);
    expect(other?.['ra:sameClaimAs']).toEqual([id]);
    expect((await sidecar(A)).annotations.find((a) => a.id === id)?.['ra:sameClaimAs']).toEqual([otherId]);

    // Shown as linked, no longer suggested.
    const after = await call('getElsewhere', { file: A, id });
    expect(after.candidates.some((x) => x.annotation === otherId || (x.file === B && x.start === c.start))).toBe(false);
    expect(after.linked).toMatchObject([{ kind: 'same', direct: true, id: otherId, file: B, exact: c.text }]);

    // One undo step takes out the annotation and both links; redo puts them back.
    expect(await call('getHistory', {})).toEqual({ undo: 'Link as the same claim' });
    const undone = await call('undo', {});
    expect(undone?.updated.sort()).toEqual([A, B].sort());
    expect((await sidecar(B)).annotations.some((a) => a.id === otherId)).toBe(false);
    expect((await sidecar(A)).annotations.find((a) => a.id === id)?.['ra:sameClaimAs']).toBeUndefined();
    expect(await call('getHistory', {})).toEqual({ undo: 'Create annotation', redo: 'Link as the same claim' });
    expect(counterpartIn(await call('getElsewhere', { file: A, id })).annotation).toBeNull();

    await call('redo', {});
    expect((await sidecar(B)).annotations.find((a) => a.id === otherId)?.['ra:sameClaimAs']).toEqual([id]);
    expect((await sidecar(A)).annotations.find((a) => a.id === id)?.['ra:sameClaimAs']).toEqual([otherId]);
  });

  it('Disputes: the other passage gets the stance that says so and the dispute link, both ways', async () => {
    const id = await tag(A, CLAIM);
    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    const result = await decide(id, 'disputes', c);
    const otherId = result.other?.annotation.id as string;
    expect(result.other?.annotation.stance).toBe('disputes');
    const other = (await sidecar(B)).annotations.find((a) => a.id === otherId);
    expect(other).toMatchObject({ 'ra:stance': 'disputes', 'ra:disputes': [id] });
    expect((await sidecar(A)).annotations.find((a) => a.id === id)?.['ra:disputedBy']).toEqual([otherId]);
    const view = await call('getElsewhere', { file: A, id });
    expect(view.linked).toMatchObject([{ kind: 'disputes', direct: true, id: otherId, stance: 'disputes' }]);
    // From the other side: this claim disputes that one.
    expect((await call('getElsewhere', { file: B, id: otherId })).linked).toMatchObject([{ kind: 'disputedBy', id }]);

    await call('undo', {});
    expect((await sidecar(B)).annotations.some((a) => a.id === otherId)).toBe(false);
    expect((await sidecar(A)).annotations.find((a) => a.id === id)?.['ra:disputedBy']).toBeUndefined();
  });

  it('Same claim on a passage that is an annotation already links the two, creating nothing', async () => {
    const id = await tag(A, CLAIM);
    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    const existing = await tag(B, c.text, ['Diplomacy']);
    const listed = counterpartIn(await call('getElsewhere', { file: A, id }));
    expect(listed.annotation).toBe(existing);
    const result = await decide(id, 'same', listed);
    expect(result.created).toBe(false);
    expect(result.other?.annotation).toMatchObject({ id: existing, tags: ['Diplomacy'], sameClaimAs: [id] });
    expect((await sidecar(B)).annotations).toHaveLength(1);
  });

  it('Not the same: kept in the claim’s sidecar and never suggested again, after reopening too', async () => {
    const id = await tag(A, CLAIM);
    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    const result = await decide(id, 'not-same', c);
    expect(result).toMatchObject({ label: 'Dismiss suggestion', other: null, created: false, updated: [A] });
    const stored = (await sidecar(A)).annotations.find((a) => a.id === id)?.['ra:notSameClaimAs'] as { source: string }[];
    expect(stored).toMatchObject([{ source: B }]);
    expect((await sidecar(B)).annotations).toEqual([]);

    service.dispose();
    service = await open(folder);
    const view = await call('getElsewhere', { file: A, id });
    expect(view.candidates.some((x) => x.file === B && x.text.includes(COUNTERPART))).toBe(false);
    expect(view.dismissed).toBe(1);
  });

  it('refuses a passage that no longer matches the article, and one in the claim’s own article, writing nothing', async () => {
    const id = await tag(A, CLAIM);
    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    const before = await readFile(path.join(folder, sidecarNameFor(A)), 'utf8');
    const stale = failure(await ipcCall(service.handlers, 'decideCandidate', { file: A, id, decision: 'same', candidate: { file: B, start: c.start + 1, end: c.end, text: c.text } }));
    expect(stale).toMatchObject({ kind: 'invalid-argument', file: B });
    expect(stale.message).toContain('no longer matches');
    const own = failure(await ipcCall(service.handlers, 'decideCandidate', { file: A, id, decision: 'same', candidate: { file: A, start: 0, end: 5, text: 'x' } }));
    expect(own.kind).toBe('invalid-argument');
    const gone = failure(await ipcCall(service.handlers, 'decideCandidate', { file: A, id: 'urn:uuid:none', decision: 'same', candidate: { file: B, start: c.start, end: c.end, text: c.text } }));
    expect(gone.kind).toBe('not-found');
    expect(await readFile(path.join(folder, sidecarNameFor(A)), 'utf8')).toBe(before);
    expect((await sidecar(B)).annotations).toEqual([]);
    expect(await call('getHistory', {})).toEqual({ undo: 'Create annotation' });
  });
});

describe('review queue', () => {
  it('lists the tagged claims with likely matches not decided on, in set and reading order, and counts down', async () => {
    const id = await tag(A, CLAIM);
    const queue = await call('getReviewQueue', {});
    expect(queue.claimsLeft).toBe(queue.items.length);
    expect(queue.candidatesLeft).toBe(queue.items.reduce((n, i) => n + i.likely, 0));
    const item = queue.items.find((i) => i.id === id);
    const view = await call('getElsewhere', { file: A, id });
    // The queue counts what Elsewhere lists as likely.
    expect(item?.likely).toBe(view.candidates.filter((c) => c.likely).length);
    expect(item).toMatchObject({ file: A, exact: CLAIM, tags: ['Negotiations'] });

    await decide(id, 'not-same', counterpartIn(view));
    const after = await call('getReviewQueue', {});
    expect(after.candidatesLeft).toBe(queue.candidatesLeft - 1);
    expect(after.items.find((i) => i.id === id)?.likely ?? 0).toBe((item?.likely ?? 0) - 1);
  });

  it('lets other work run while the queue of a large set is worked out (the main process is never held long)', async () => {
    // The seeds, each in eight copies, every sentence a tagged claim: about a thousand claims scored for the queue.
    const big = path.join(root, 'big');
    await writeClaimHeavySeedSet(SEEDS_DIR, big, 8);
    service.dispose();
    service = await open(big);
    // The set's match index is built first (the compare view needs it too): the queue's own work is what is watched.
    await call('getCompare', {});

    // A timer due every millisecond: the gaps between its runs are how long the event loop was held.
    const ticks: number[] = [];
    const beat = setInterval(() => ticks.push(performance.now()), 1);
    const started = performance.now();
    const queue = await call('getReviewQueue', {});
    const ended = performance.now();
    clearInterval(beat);
    expect(queue.items.length).toBeGreaterThan(100);
    const marks = [started, ...ticks, ended];
    const longest = Math.max(...marks.slice(1).map((t, i) => t - (marks[i] as number)));
    const took = ended - started;
    // Held in one piece, the loop over the claims would be most of the call; in turns, each is a frame or so.
    expect(longest, `longest hold ${Math.round(longest)} ms of a ${Math.round(took)} ms call, ${ticks.length} ticks`).toBeLessThan(Math.max(100, took / 4));
  }, 60_000);

  it('reports how far the queue has got: the articles read, then the claims scored, then done', async () => {
    const big = path.join(root, 'big');
    const claims = await writeClaimHeavySeedSet(SEEDS_DIR, big, 8);
    service.dispose();
    service = await open(big);
    const articles = (await readdir(big)).filter((f) => f.endsWith('.txt')).length;
    await call('getReviewQueue', {});
    const progress = events.flatMap((e) => (e.type === 'matchProgress' ? [e] : []));
    const reading = progress.filter((e) => e.phase === 'reading');
    const scoring = progress.filter((e) => e.phase === 'scoring');
    // Every article read, then every claim scored, in that order, each count rising to its total; done last, once.
    expect(progress.map((e) => e.phase)).toEqual([...reading.map(() => 'reading'), ...scoring.map(() => 'scoring'), 'done']);
    expect(reading.map((e) => e.total)).toEqual(reading.map(() => articles));
    expect(scoring.map((e) => e.total)).toEqual(scoring.map(() => claims));
    for (const phase of [reading, scoring]) {
      const done = phase.map((e) => e.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done[0]).toBe(0);
      expect(done.at(-1)).toBe(phase[0]?.total);
    }
    // At each whole percent at most: a thousand claims make about a hundred events, not a thousand.
    expect(scoring.length).toBeGreaterThan(50);
    expect(scoring.length).toBeLessThanOrEqual(101);

    // A second queue reads no article (they are held in memory): it tells of the claims only, and ends its progress too.
    events.length = 0;
    await call('getReviewQueue', {});
    const again = events.flatMap((e) => (e.type === 'matchProgress' ? [e.phase] : []));
    expect(new Set(again)).toEqual(new Set(['scoring', 'done']));
    expect(again.at(-1)).toBe('done');
  }, 60_000);
});

describe('compare view', () => {
  it('draws the confirmed links only: the claim’s source, the one that disputes it, the silent ones', async () => {
    const id = await tag(A, CLAIM);
    const empty = await call('getCompare', {});
    expect(empty.rows).toEqual([]);
    expect(empty.sources.map((s) => s.label)).toContain('haqqin.az');

    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    await decide(id, 'disputes', c);
    const { sources, rows } = await call('getCompare', {});
    expect(rows).toHaveLength(1);
    const row = rows[0];
    const column = (file: string) => sources.findIndex((s) => s.files.includes(file));
    expect(row?.label).toBe(CLAIM);
    expect(row?.cells[column(A)]).toMatchObject({ treatment: 'reports', quotes: [{ id, file: A, exact: CLAIM, side: 'claim' }] });
    expect(row?.cells[column(B)]).toMatchObject({ treatment: 'disputes', quotes: [{ file: B, exact: c.text, side: 'disputing' }] });
    expect(row?.disagreement).toBe(true);
    expect(row?.silent).toBe(sources.length - 2);
    expect(row?.cells.filter((x) => x.treatment === 'silent')).toHaveLength(sources.length - 2);
  });
});

describe('the index follows the folder', () => {
  it('finds an article added, reads one changed, forgets one removed', async () => {
    const id = await tag(A, CLAIM);
    const added = 'zz-added.txt';
    await writeFile(path.join(folder, added), 'Wire report.\n\nSecretary Rubio voiced confidence that a peace agreement between Baku and Yerevan could be signed in the near future, officials said.\n');
    let view = await call('getElsewhere', { file: A, id });
    const found = view.candidates.find((x) => x.file === added);
    expect(found?.likely).toBe(true);

    await writeFile(path.join(folder, added), 'Wire report.\n\nThe weather in Lisbon stayed mild all week, with light winds from the sea.\n');
    await waitFor(() => events.some((e) => e.type === 'matchesChanged' && e.files.includes(added)));
    view = await call('getElsewhere', { file: A, id });
    expect(view.candidates.some((x) => x.file === added && x.likely)).toBe(false);

    await unlink(path.join(folder, added));
    view = await call('getElsewhere', { file: A, id });
    expect(view.candidates.some((x) => x.file === added)).toBe(false);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the brief', () => {
  it('counts a match only once confirmed; before, lists it as possible corroboration, not reviewed', async () => {
    const id = await tag(A, CLAIM);
    const c = counterpartIn(await call('getElsewhere', { file: A, id }));
    await tag(B, c.text);
    const before = (await call('getBrief', {})).markdown;
    expect(before).toContain('0 of 2 claims are corroborated by at least two independent sources');
    expect(before).toMatch(/Possible corroboration, not reviewed: \d+ passages? likely to state 2 claims elsewhere/u);
    expect(before).toContain('## Possible corroboration, not reviewed');

    await decide(id, 'same', counterpartIn(await call('getElsewhere', { file: A, id })));
    const after = (await call('getBrief', {})).markdown;
    expect(after).toContain('2 of 2 claims are corroborated by at least two independent sources');
    // Neither passage is suggested for the other any more (suggestions are the bullets under each claim).
    const bullets = after.slice(after.indexOf('## Possible corroboration, not reviewed')).split('\n').filter((l) => l.startsWith('* '));
    expect(bullets.filter((l) => l.includes(COUNTERPART) || l.includes(CLAIM.slice(0, 40)))).toEqual([]);
  });
});

describe('copies of one story', () => {
  it('marks a passage from a syndicated copy of the claim’s article, and the brief counts the two as one source', async () => {
    const original = await readFile(path.join(folder, A), 'utf8');
    const copy = 'zz-copy.txt';
    await writeFile(path.join(folder, copy), `Republished with permission.\n\n${original}\nMore from our partners.\n`);
    const id = await tag(A, CLAIM);
    const view = await call('getElsewhere', { file: A, id });
    const fromCopy = view.candidates.find((c) => c.file === copy && c.text === CLAIM);
    expect(fromCopy).toMatchObject({ likely: true, copyOfClaimArticle: true });
    expect(view.candidates.filter((c) => c.file !== copy).every((c) => !c.copyOfClaimArticle)).toBe(true);

    const before = (await call('getBrief', {})).markdown;
    // A copy cannot corroborate the claim: not even as a possibility.
    const possible = before.slice(before.indexOf('## Possible corroboration, not reviewed'));
    expect(possible.split('\n').filter((l) => l.startsWith('* ') && l.includes('— zz-copy'))).toEqual([]);

    await decide(id, 'same', fromCopy as ElsewhereCandidateView);
    const after = (await call('getBrief', {})).markdown;
    expect(after).toContain('0 of 2 claims are corroborated by at least two independent sources');
    expect(after).toContain('Copies of one story (near-duplicate articles) count as one source');
  });
});

describe('arguments', () => {
  it('refuses a decision that is not one of the three, and an empty or reversed passage, before doing anything', async () => {
    const id = await tag(A, CLAIM);
    const candidate = { file: B, start: 10, end: 20, text: 'x' };
    expect(failure(await ipcCallRaw(service.handlers, 'decideCandidate', { file: A, id, decision: 'maybe', candidate })).kind).toBe('invalid-argument');
    expect(failure(await ipcCallRaw(service.handlers, 'decideCandidate', { file: A, id, decision: 'same', candidate: { ...candidate, end: 10 } })).kind).toBe('invalid-argument');
    expect(failure(await ipcCallRaw(service.handlers, 'decideCandidate', { file: A, id, decision: 'same', candidate: { ...candidate, file: '../x.txt' } })).kind).toBe('invalid-argument');
    expect(failure(await ipcCallRaw(service.handlers, 'getElsewhere', { file: A })).kind).toBe('invalid-argument');
    expect(await call('getHistory', {})).toEqual({ undo: 'Create annotation' });
  });
});
