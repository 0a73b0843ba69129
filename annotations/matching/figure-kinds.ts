/**
 * The kinds of figures a passage states: a measure by its dimension
 * ("length", "money"), a count by what it counts ("count peopl"), a time
 * of day ("at 8:38 p.m." / "shortly before 9 p.m."). Two
 * reports of one fact state its figure in the same kind even where the
 * figure differs ("the 242 people on board" / "the 244 people on board";
 * "about 2,900 acres" / "2,921 acres"), which is the comparison an analyst
 * wants, and which the words alone weigh no more than any number. A count
 * of nothing named ("in 2025", "June 27") says nothing of its kind, nor
 * does a move of a rate in points, nor a span given by its unit alone ("could transform years of hostility"
 * is no report of "has endured for over three decades").
 */
import { timesOfDay } from './moments';
import { quantitiesIn } from './quantities';

export type FigureKinds = ReadonlySet<string>;

export const NO_FIGURES: FigureKinds = new Set();

export function figureKinds(text: string): FigureKinds {
  let kinds: Set<string> | undefined;
  for (const q of quantitiesIn(text)) {
    if (q.dimension === 'count' && q.of === '') continue;
    // A move of a rate in points is what nearly every report of a rate decision states ("cut by half a percentage
    // point", "another 25 basis points"): it tells no passage from another (docs/matching.md, story AD).
    if (q.dimension === 'points') continue;
    // A span given by its unit alone ("years of hostility", "for decades", "minutes after") states no figure.
    if (q.atLeast && (q.dimension === 'duration' || q.dimension === 'deadline')) continue;
    (kinds ??= new Set()).add(q.dimension === 'count' ? `count ${q.of}` : q.dimension);
  }
  if (timesOfDay(text).length > 0) (kinds ??= new Set()).add('time of day');
  return kinds ?? NO_FIGURES;
}

/** Whether a passage states a figure of a kind the claim states. */
export function sharesFigureKind(claim: FigureKinds, passage: FigureKinds): boolean {
  if (claim.size === 0 || passage.size === 0) return false;
  for (const kind of claim) if (passage.has(kind)) return true;
  return false;
}
