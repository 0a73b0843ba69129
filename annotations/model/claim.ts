/**
 * Claim fields: what a tagged passage claims beyond its tags and note.
 *
 * Stored as namespaced properties of the W3C annotation (prefix `ra:`, see
 * RA_CONTEXT), so other Web Annotation tools still read tags and notes and
 * ignore (but keep) these:
 *   "ra:stance": "asserts" | "disputes" | "reports" | "speculates"
 *   "ra:attribution": "Marco Rubio"        (who makes the claim, not who reports it)
 *   "ra:confidence": "low" | "medium" | "high"
 *   "ra:sameClaimAs": ["urn:uuid:…", …]    (annotations in other articles making the same claim)
 */
import type { Annotation } from './annotation';

export const STANCES = ['asserts', 'disputes', 'reports', 'speculates'] as const;
export type Stance = (typeof STANCES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Human labels, for the UI and the brief. */
export const STANCE_LABELS: Record<Stance, string> = {
  asserts: 'Asserts',
  disputes: 'Disputes',
  reports: 'Reports neutrally',
  speculates: 'Speculates',
};

/** The JSON-LD term definitions for the `ra:` properties (used in the JSON-LD export). */
export const RA_NAMESPACE = 'https://w3id.org/research-annotator/ns#';
export const RA_CONTEXT = {
  ra: RA_NAMESPACE,
  'ra:sameClaimAs': { '@type': '@id', '@container': '@set' },
} as const;

export const CLAIM_KEYS = {
  stance: 'ra:stance',
  attribution: 'ra:attribution',
  confidence: 'ra:confidence',
  sameClaimAs: 'ra:sameClaimAs',
} as const;

export interface ClaimFields {
  stance?: Stance;
  attribution?: string;
  confidence?: Confidence;
  /** Ids of annotations (in other articles) that make the same claim. */
  sameClaimAs: string[];
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function claimOf(annotation: Annotation): ClaimFields {
  const stance = annotation[CLAIM_KEYS.stance];
  const attribution = annotation[CLAIM_KEYS.attribution];
  const confidence = annotation[CLAIM_KEYS.confidence];
  const links = annotation[CLAIM_KEYS.sameClaimAs];
  const claim: ClaimFields = {
    sameClaimAs: Array.isArray(links) ? [...new Set(links.filter((l): l is string => typeof l === 'string'))] : [],
  };
  if (isOneOf(STANCES, stance)) claim.stance = stance;
  if (typeof attribution === 'string' && attribution.trim() !== '') claim.attribution = attribution;
  if (isOneOf(CONFIDENCES, confidence)) claim.confidence = confidence;
  return claim;
}

/** A change to claim fields: a value sets it, null clears it, absent leaves it. */
export interface ClaimPatch {
  stance?: Stance | null;
  attribution?: string | null;
  confidence?: Confidence | null;
  sameClaimAs?: string[] | null;
}

export function withClaim(annotation: Annotation, patch: ClaimPatch, now: string): Annotation {
  const next: Annotation = { ...annotation, modified: now };
  const set = (key: string, value: unknown) => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value;
  };
  if (patch.stance !== undefined) set(CLAIM_KEYS.stance, patch.stance);
  if (patch.attribution !== undefined) set(CLAIM_KEYS.attribution, patch.attribution?.trim() ?? null);
  if (patch.confidence !== undefined) set(CLAIM_KEYS.confidence, patch.confidence);
  if (patch.sameClaimAs !== undefined) set(CLAIM_KEYS.sameClaimAs, patch.sameClaimAs && [...new Set(patch.sameClaimAs)]);
  return next;
}
