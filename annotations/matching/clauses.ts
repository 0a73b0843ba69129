/**
 * A claim tagged as a clause of its sentence ("the Rs 600 crore Chandrayaan-3
 * mission", "having carried out the entire caper in just seven minutes") is
 * answered by the clause of each candidate sentence that says most of it,
 * not the whole sentence: the analyst sees the counterpart at the claim's
 * own grain, and *Same claim* annotates that much. A claim over most of its
 * sentence keeps whole sentences.
 */

/** A claim shorter than this share of its sentence is a clause of it. */
export const CLAUSE_SHARE = 0.5;
/** A candidate's clause is at most this many of the pieces its punctuation parts it into. */
const MAX_PIECES = 3;
/** Nor shorter than this (UTF-16 units, spaces aside): a bare name or figure is no clause. */
const MIN_CLAUSE = 15;
/** Where a sentence parts into clauses: a comma, a semicolon or a colon before a space (not "3:30", "100,000"), brackets, a dash. */
const CLAUSE_MARK = /[,;:](?=\s)|[()\u2013\u2014]|\s-\s/gu;
const TRAILING_MARKS = /[\s,;:(\u2013\u2014-]+$/u;

/** A term of a passage with its UTF-16 range in the article (index.termSpans). */
export interface TermSpan {
  id: number;
  start: number;
  end: number;
}

/** Whether a claim of `claimLength` units over a sentence of `sentenceLength` is a clause of it. */
export function isClause(claimLength: number, sentenceLength: number): boolean {
  return claimLength < CLAUSE_SHARE * sentenceLength;
}

/**
 * The clause of `text` (a candidate passage, starting at `offset` in its
 * article) that says most of the claim: the run of at most MAX_PIECES pieces
 * whose terms weigh most (each of the claim's terms once, by `weights`), the
 * shorter of two that weigh as much. Its UTF-16 range in the article, spaces
 * trimmed; undefined when no clause holds a term of the claim.
 */
export function clauseOf(
  text: string,
  offset: number,
  terms: readonly TermSpan[],
  weights: ReadonlyMap<number, number>,
  /** The claim gives a figure: a clause with none takes in the piece beside it that has one, where the figures of two reports differ. */
  figure = false,
): { start: number; end: number } | undefined {
  const cuts = [0];
  for (const m of text.matchAll(CLAUSE_MARK)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  // Pieces i to j, spaces trimmed; the mark they end at is the sentence's, not the clause's ("that the corridor will open;").
  const run = (i: number, j: number) => {
    const piece = text.slice(cuts[i], cuts[j]);
    return { start: (cuts[i] as number) + (piece.length - piece.trimStart().length), end: (cuts[j] as number) - (piece.length - piece.replace(TRAILING_MARKS, '').length) };
  };
  let best: { start: number; end: number; weight: number; from: number; to: number } | undefined;
  for (let i = 0; i < cuts.length - 1; i++) {
    for (let j = i + 1; j <= Math.min(cuts.length - 1, i + MAX_PIECES); j++) {
      const { start, end } = run(i, j);
      if (end - start < MIN_CLAUSE) continue;
      const seen = new Set<number>();
      let weight = 0;
      for (const t of terms) {
        if (t.start < offset + start || t.end > offset + end || seen.has(t.id)) continue;
        seen.add(t.id);
        weight += weights.get(t.id) ?? 0;
      }
      if (weight > 0 && (!best || weight > best.weight || (weight === best.weight && end - start < best.end - best.start))) best = { start, end, weight, from: i, to: j };
    }
  }
  if (!best) return undefined;
  let { start, end } = best;
  if (figure && !FIGURE.test(text.slice(start, end))) {
    if (best.from > 0 && FIGURE.test(text.slice(cuts[best.from - 1], cuts[best.from]))) start = run(best.from - 1, best.to).start;
    else if (best.to < cuts.length - 1 && FIGURE.test(text.slice(cuts[best.to], cuts[best.to + 1]))) end = run(best.from, best.to + 1).end;
  }
  return { start: offset + start, end: offset + end };
}

/** A figure, a day or a month (not "may", a verb as often): what a claim's number, date or time is set against ("15:35", "on Thursday", "On 10 July", "three decades"). */
export const FIGURE =
  /\p{N}|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|january|february|march|april|june|july|august|september|october|november|december|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter)\b/iu;
