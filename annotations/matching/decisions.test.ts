import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/describe';
import { createAnnotation, tagsOf, type Annotation } from '../model/annotation';
import { claimOf } from '../model/claim';
import { linksOf } from '../model/claim-links';
import { parseSidecar, serializeSidecar, emptySidecar } from '../sidecar/schema';
import { CodePointIndex } from '../text/code-points';
import { confirmDisputes, confirmSameClaim, dismiss, isDismissed, mayDismiss } from './decisions';

const NOW = '2026-01-02T03:04:05.000Z';
const LATER = '2026-01-02T03:05:00.000Z';
const a = new CodePointIndex('Rubio said a deal could be signed soon. Other text.');
const b = new CodePointIndex('Intro. “Armenia and Azerbaijan could strike a peace deal pretty soon,” Rubio said. More.');

function claimIn(text: CodePointIndex, file: string, start: number, end: number, id: string): Annotation {
  const { quote, position } = describeRange(text, start, end);
  return createAnnotation({ id, now: NOW, source: file, quote, position, tags: ['claim', 'Diplomacy/US'] });
}

const claim = claimIn(a, 'a.txt', 0, 39, 'urn:uuid:claim');
const passage = { file: 'b.txt', text: b, start: 7, end: 84 };

/** The annotation still validates inside a sidecar, as the app will save it. */
function saved(annotation: Annotation, file: string): Annotation {
  const sidecar = { ...emptySidecar(file, '0'.repeat(64)), annotations: [annotation] };
  return parseSidecar(serializeSidecar(sidecar), `${file}.annotations.json`).annotations[0] as Annotation;
}

describe('confirmSameClaim', () => {
  it('creates the passage with the claim’s tags and links both ways', () => {
    const decided = confirmSameClaim(claim, passage, { newId: 'urn:uuid:new', now: LATER });
    expect(decided.created).toBe(true);
    const other = decided.other!;
    expect(other.target.source).toBe('b.txt');
    expect(b.slice(7, 84)).toBe((other.target.selector[0] as { exact: string }).exact);
    expect(tagsOf(other)).toEqual(['claim', 'Diplomacy/US']);
    expect(claimOf(other).sameClaimAs).toEqual(['urn:uuid:claim']);
    expect(claimOf(decided.claim).sameClaimAs).toEqual(['urn:uuid:new']);
    expect(saved(other, 'b.txt')).toEqual(other);
    expect(saved(decided.claim, 'a.txt')).toEqual(decided.claim);
  });

  it('links an existing annotation without changing its tags, and is idempotent', () => {
    const existing = { ...claimIn(b, 'b.txt', 7, 84, 'urn:uuid:b'), body: [] };
    const once = confirmSameClaim(claim, { annotation: existing }, { newId: 'unused', now: LATER });
    expect(once.created).toBe(false);
    expect(once.other!.body).toEqual([]);
    const twice = confirmSameClaim(once.claim, { annotation: once.other! }, { newId: 'unused', now: '2027-01-01T00:00:00.000Z' });
    expect(twice.claim).toBe(once.claim);
    expect(twice.other).toBe(once.other);
  });
});

describe('confirmDisputes', () => {
  it('gives the other passage the stance "disputes" and links the kind both ways', () => {
    const decided = confirmDisputes(claim, passage, { newId: 'urn:uuid:new', now: LATER });
    expect(claimOf(decided.other!).stance).toBe('disputes');
    expect(linksOf(decided.other!).disputes).toEqual(['urn:uuid:claim']);
    expect(linksOf(decided.claim).disputedBy).toEqual(['urn:uuid:new']);
    expect(claimOf(decided.claim).sameClaimAs).toEqual([]);
    expect(saved(decided.other!, 'b.txt')).toEqual(decided.other);
  });
});

describe('dismiss and isDismissed', () => {
  const candidate = { file: 'b.txt', start: 7, end: 84, text: b.slice(7, 84), annotation: null };

  it('keeps a dismissed passage by its selectors, valid in a sidecar, and never suggests it again', () => {
    const { claim: after, other } = dismiss(claim, passage, LATER);
    expect(other).toBeUndefined();
    expect(isDismissed(claim, candidate)).toBe(false);
    expect(isDismissed(after, candidate)).toBe(true);
    // The same sentence offered again inside a longer passage.
    expect(isDismissed(after, { ...candidate, start: 0, end: 84, text: b.slice(0, 84) })).toBe(true);
    // Another passage of that article, or the same offsets in another article, stays.
    expect(isDismissed(after, { ...candidate, start: 85, end: 90, text: 'More.' })).toBe(false);
    expect(isDismissed(after, { ...candidate, file: 'c.txt' })).toBe(false);
    expect(saved(after, 'a.txt')).toEqual(after);
    expect(dismiss(after, passage, '2027-01-01T00:00:00.000Z').claim).toBe(after);
  });

  it('dismisses an annotation by its id, in either direction', () => {
    const existing = claimIn(b, 'b.txt', 7, 84, 'urn:uuid:b');
    const { claim: after } = dismiss(claim, { annotation: existing }, LATER);
    expect(isDismissed(after, { ...candidate, annotation: 'urn:uuid:b' })).toBe(true);
    const { claim: reverse } = dismiss(existing, { annotation: claim }, LATER);
    expect(isDismissed(claim, { ...candidate, annotation: 'urn:uuid:b' }, reverse)).toBe(true);
  });

  it('mayDismiss is true of every annotation that dismissed something, so skipping isDismissed without it loses no dismissal', () => {
    const existing = claimIn(b, 'b.txt', 7, 84, 'urn:uuid:b');
    expect([claim, existing].map(mayDismiss)).toEqual([false, false]);
    expect(mayDismiss(undefined)).toBe(false);
    expect(mayDismiss(dismiss(claim, passage, LATER).claim)).toBe(true);
    expect(mayDismiss(dismiss(claim, { annotation: existing }, LATER).claim)).toBe(true);
    expect(mayDismiss(dismiss(existing, { annotation: claim }, LATER).claim)).toBe(true);
  });

  it('a dismissed passage is never suggested again, whatever the passage (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 10 }), (start, length) => {
        const end = Math.min(b.length, start + length);
        const { claim: after } = dismiss(claim, { file: 'b.txt', text: b, start, end }, LATER);
        expect(isDismissed(after, { file: 'b.txt', start, end, text: b.slice(start, end), annotation: null })).toBe(true);
      }),
    );
  });
});

describe('old sidecars', () => {
  it('read with no links of the new kinds', () => {
    expect(linksOf(claim)).toEqual({ disputes: [], disputedBy: [], notSameClaimAs: [] });
  });

  it('refuse a dismissal that is neither an id nor a passage, naming the field', () => {
    const sidecar = { ...emptySidecar('a.txt', '0'.repeat(64)), annotations: [{ ...claim, 'ra:notSameClaimAs': [{ source: 'b.txt' }] }] };
    expect(() => parseSidecar(serializeSidecar(sidecar), 'a.txt.annotations.json')).toThrow(/ra:notSameClaimAs/u);
  });
});
