import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElsewhereCandidateView } from '../../annotations/api/view-types';
import { parseSidecar, sidecarNameFor } from '../../annotations/sidecar/schema';
import { call } from '../api';
import { OpenArticle } from '../state/open-article';
import { startCore, type Core } from '../test-support/core';
import { Elsewhere } from './elsewhere-store';

const A = 'Talks in Washington\nThe leaders of Armenia and Azerbaijan will sign a peace agreement at the White House on August 8, officials said.\nMoscow was not at the table.\n';
const B = 'A summit\nOfficials said the leaders of Armenia and Azerbaijan are to sign a peace agreement in Washington on August 8.\nThe weather was fine.\n';
// The second line, whole (the text is ASCII: code units are code points).
const CLAIM = { start: A.indexOf('The leaders'), end: A.indexOf('\nMoscow') };

describe('Elsewhere, on the real core', () => {
  let core: Core;
  let open: OpenArticle;
  let elsewhere: Elsewhere;
  let disconnect: () => void;
  const said = { info: [] as string[], error: [] as string[] };
  const written: string[][] = [];

  beforeEach(async () => {
    core = await startCore({ 'a.txt': A, 'b.txt': B });
    said.info = [];
    said.error = [];
    written.length = 0;
    const notices = { info: (t: string) => said.info.push(t), error: (t: string) => said.error.push(t) };
    open = new OpenArticle(core.api, notices, (await call(core.api.getSession({}))).set!.tags);
    elsewhere = new Elsewhere(core.api, open, notices, (files) => written.push([...files]));
    disconnect = elsewhere.connect();
    await open.open('a.txt');
  });
  afterEach(async () => {
    disconnect();
    await core.stop();
  });

  async function claimWithCounterpart(): Promise<{ id: string; candidate: ElsewhereCandidateView }> {
    const claim = await open.tag(CLAIM, 'Peace deal');
    const view = await call(core.api.getElsewhere({ file: 'a.txt', id: claim!.id }));
    const candidate = view.candidates.find((c) => c.file === 'b.txt' && c.text.includes('sign a peace agreement'));
    expect(candidate, 'B’s sentence is suggested').toBeDefined();
    return { id: claim!.id, candidate: candidate! };
  }

  it('confirms a suggestion: both annotations linked on disk, the open claim shown with its link, the lists asked again', async () => {
    const { id, candidate } = await claimWithCounterpart();
    const before = elsewhere.getRevision();
    const view = await elsewhere.decide({ file: 'a.txt', id }, candidate, 'same');

    expect(view?.other?.file).toBe('b.txt');
    expect(open.store.annotation(id)?.sameClaimAs).toEqual([view!.other!.annotation.id]);
    expect(elsewhere.getRevision()).toBeGreaterThan(before);
    expect(said.info.at(-1)).toMatch(/^Linked as the same claim: /u);
    expect(written).toEqual([expect.arrayContaining(['a.txt', 'b.txt'])]);
    const sidecarB = parseSidecar(await readFile(path.join(core.folder, sidecarNameFor('b.txt')), 'utf8'), 'b');
    expect(sidecarB.annotations.map((a) => a['ra:sameClaimAs'])).toEqual([[id]]);
  });

  it('decides once when the same key is pressed twice before the core answers', async () => {
    const { id, candidate } = await claimWithCounterpart();
    const [first, second] = await Promise.all([
      elsewhere.decide({ file: 'a.txt', id }, candidate, 'not-same'),
      elsewhere.decide({ file: 'a.txt', id }, candidate, 'not-same'),
    ]);
    expect(first?.decision).toBe('not-same');
    expect(second).toBeNull();
    expect(said.error).toEqual([]);
    const sidecarA = parseSidecar(await readFile(path.join(core.folder, sidecarNameFor('a.txt')), 'utf8'), 'a');
    expect(sidecarA.annotations[0]!['ra:notSameClaimAs']).toHaveLength(1);
  });

  it('reports a decision the core refuses, and changes nothing', async () => {
    const { id, candidate } = await claimWithCounterpart();
    const stale = { ...candidate, text: 'A passage that is not there any more.' };
    expect(await elsewhere.decide({ file: 'a.txt', id }, stale, 'same')).toBeNull();
    expect(said.error).toHaveLength(1);
    expect(said.error[0]).toMatch(/^Not saved: /u);
    expect(open.store.annotation(id)?.sameClaimAs).toEqual([]);
    expect(written).toEqual([]);
  });

  it('moves the claims revision on, in a task of its own, when a highlight is added, retagged or removed; the suggestions revision only for decisions', async () => {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    const claim = await open.tag(CLAIM, 'Peace deal');
    await nextTask();
    const claims = elsewhere.getClaimsRevision();
    const suggestions = elsewhere.getRevision();
    await open.setNote(claim!.id, 'A note.');
    await nextTask();
    expect(elsewhere.getClaimsRevision()).toBe(claims);
    await open.retag(claim!.id, ['Peace deal', 'U.S. role']);
    expect(elsewhere.getClaimsRevision(), 'not in the turn that changed the highlight').toBe(claims);
    await nextTask();
    expect(elsewhere.getClaimsRevision()).toBe(claims + 1);
    await open.remove(claim!.id);
    await nextTask();
    expect(elsewhere.getClaimsRevision()).toBe(claims + 2);
    // What other articles suggest for a claim does not hang on the highlights of its own.
    expect(elsewhere.getRevision()).toBe(suggestions);
  });
});
