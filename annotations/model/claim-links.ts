/**
 * Links between claims, each of a kind, stored on the annotations (prefix
 * `ra:`, see claim.ts):
 *   "ra:sameClaimAs": ["urn:uuid:…"]   the same claim (as before; claim.ts)
 *   "ra:disputes":    ["urn:uuid:…"]   this passage contradicts those claims
 *   "ra:disputedBy":  ["urn:uuid:…"]   those passages contradict this claim
 *   "ra:notSameClaimAs": [ "urn:uuid:…" | { "source": "b.txt", "selector": [quote, position] } ]
 *                                       dismissed: never suggest this pair again
 * A link counts in either direction (a dispute is stored on both sides, as
 * a confirmed same-claim link is); a dismissal is kept on the claim it was
 * dismissed from, and names either the other annotation or, when the other
 * passage is no annotation, the passage itself (its article and the two
 * selectors every annotation has).
 */
import type { Annotation, TextPositionSelector, TextQuoteSelector } from './annotation';

export const LINK_KEYS = {
  disputes: 'ra:disputes',
  disputedBy: 'ra:disputedBy',
  notSameClaimAs: 'ra:notSameClaimAs',
} as const;

/** A passage of an article that is not (yet) an annotation. */
export interface PassageRef {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  [key: string]: unknown;
}

export type Dismissed = { annotation: string } | { passage: PassageRef };

export interface ClaimLinks {
  disputes: string[];
  disputedBy: string[];
  notSameClaimAs: Dismissed[];
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''))] : [];
}

function isPassageRef(value: unknown): value is PassageRef {
  if (typeof value !== 'object' || value === null) return false;
  const { source, selector } = value as Record<string, unknown>;
  return (
    typeof source === 'string' &&
    Array.isArray(selector) &&
    selector.some((s) => (s as { type?: unknown })?.type === 'TextQuoteSelector') &&
    selector.some((s) => (s as { type?: unknown })?.type === 'TextPositionSelector')
  );
}

/** The links of an annotation (absent fields: none). */
export function linksOf(annotation: Annotation): ClaimLinks {
  const dismissed = annotation[LINK_KEYS.notSameClaimAs];
  return {
    disputes: ids(annotation[LINK_KEYS.disputes]),
    disputedBy: ids(annotation[LINK_KEYS.disputedBy]),
    notSameClaimAs: Array.isArray(dismissed)
      ? dismissed.flatMap((d): Dismissed[] => (typeof d === 'string' && d !== '' ? [{ annotation: d }] : isPassageRef(d) ? [{ passage: d }] : []))
      : [],
  };
}

/** The quote and position of a dismissed passage. */
export function passageSelectors(ref: PassageRef): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const quote = ref.selector.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector;
  const position = ref.selector.find((s) => s.type === 'TextPositionSelector') as TextPositionSelector;
  return { quote, position };
}
