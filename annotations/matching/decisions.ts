/**
 * The analyst's three decisions on a suggested passage, as pure changes to
 * the two annotations concerned (each in its own article's sidecar). The
 * service saves both through its usual path, so each decision is one undo
 * step.
 *
 * - Same claim: the passage becomes an annotation with the claim's tags (or
 *   is one already), and both carry `ra:sameClaimAs` to the other.
 * - Disputes: the same, with the other passage's stance "disputes", linked
 *   by `ra:disputes` (on it) and `ra:disputedBy` (on the claim).
 * - Not the same: the claim keeps `ra:notSameClaimAs` naming the other
 *   annotation, or the passage by its selectors, and the pair is never
 *   suggested again (`isDismissed`).
 * A decision taken twice changes nothing the second time.
 */
import { describeRange } from '../anchoring/describe';
import { createAnnotation, tagsOf, type Annotation } from '../model/annotation';
import { claimOf, withClaim } from '../model/claim';
import { LINK_KEYS, linksOf, passageSelectors, type PassageRef } from '../model/claim-links';
import type { CodePointIndex } from '../text/code-points';

/** The suggested passage: an annotation already, or a range of its article's text. */
export type Target =
  | { annotation: Annotation }
  | { file: string; text: CodePointIndex; start: number; end: number };

export interface Decided {
  /** The claim after the decision. */
  claim: Annotation;
  /** The other passage's annotation after it: created, or the existing one updated. Absent when a passage was dismissed. */
  other?: Annotation;
  /** Whether `other` is new (to be added to its sidecar) rather than changed. */
  created: boolean;
}

export interface NewIds {
  /** The id for the annotation created when the passage is none yet. */
  newId: string;
  now: string;
}

export function confirmSameClaim(claim: Annotation, target: Target, { newId, now }: NewIds): Decided {
  const { other, created } = otherAnnotation(claim, target, newId, now);
  return {
    claim: withLink(claim, 'ra:sameClaimAs', other.id, now),
    other: withLink(other, 'ra:sameClaimAs', claim.id, now),
    created,
  };
}

export function confirmDisputes(claim: Annotation, target: Target, { newId, now }: NewIds): Decided {
  const { other, created } = otherAnnotation(claim, target, newId, now);
  const disputing = claimOf(other).stance === 'disputes' ? other : withClaim(other, { stance: 'disputes' }, now);
  return {
    claim: withLink(claim, LINK_KEYS.disputedBy, other.id, now),
    other: withLink(disputing, LINK_KEYS.disputes, claim.id, now),
    created,
  };
}

export function dismiss(claim: Annotation, target: Target, now: string): Decided {
  if ('annotation' in target) return { claim: withLink(claim, LINK_KEYS.notSameClaimAs, target.annotation.id, now), created: false };
  const { quote, position } = describeRange(target.text, target.start, target.end);
  if (isDismissed(claim, { file: target.file, start: target.start, end: target.end, text: quote.exact, annotation: null })) {
    return { claim, created: false };
  }
  const ref: PassageRef = { source: target.file, selector: [quote, position] };
  const list = Array.isArray(claim[LINK_KEYS.notSameClaimAs]) ? (claim[LINK_KEYS.notSameClaimAs] as unknown[]) : [];
  return { claim: { ...claim, [LINK_KEYS.notSameClaimAs]: [...list, ref], modified: now }, created: false };
}

/** A candidate passage as the matcher lists it. */
export interface CandidateRef {
  file: string;
  start: number;
  end: number;
  text: string;
  /** The annotation the passage already is, if any. */
  annotation: string | null;
}

/** Whether an annotation names any dismissed passage: `isDismissed` can be true only when the claim or the candidate's annotation does. */
export function mayDismiss(annotation: Annotation | undefined): boolean {
  return annotation !== undefined && Array.isArray(annotation[LINK_KEYS.notSameClaimAs]);
}

/**
 * Whether the analyst dismissed this pair: the claim names the candidate's
 * annotation, or a passage of its article that is the candidate's text or
 * covers at least half of the shorter of the two (the matcher may offer the
 * sentence again inside a two-sentence passage), or the candidate's
 * annotation names the claim.
 */
export function isDismissed(claim: Annotation, candidate: CandidateRef, candidateAnnotation?: Annotation): boolean {
  if (candidateAnnotation && linksOf(candidateAnnotation).notSameClaimAs.some((d) => 'annotation' in d && d.annotation === claim.id)) return true;
  return linksOf(claim).notSameClaimAs.some((d) => {
    if ('annotation' in d) return d.annotation === candidate.annotation;
    if (d.passage.source !== candidate.file) return false;
    const { quote, position } = passageSelectors(d.passage);
    if (quote.exact === candidate.text) return true;
    const overlap = Math.min(position.end, candidate.end) - Math.max(position.start, candidate.start);
    return overlap > 0 && overlap >= 0.5 * Math.min(position.end - position.start, candidate.end - candidate.start);
  });
}

function otherAnnotation(claim: Annotation, target: Target, newId: string, now: string): { other: Annotation; created: boolean } {
  if ('annotation' in target) return { other: target.annotation, created: false };
  const { quote, position } = describeRange(target.text, target.start, target.end);
  return { other: createAnnotation({ id: newId, now, source: target.file, quote, position, tags: tagsOf(claim) }), created: true };
}

/** Adds `id` to the array under `key`, unless it is there. */
function withLink(annotation: Annotation, key: string, id: string, now: string): Annotation {
  const list = Array.isArray(annotation[key]) ? (annotation[key] as unknown[]) : [];
  if (list.includes(id)) return annotation;
  return { ...annotation, [key]: [...list, id], modified: now };
}
