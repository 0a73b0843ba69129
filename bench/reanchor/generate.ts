/**
 * Deterministic input for the re-anchoring benchmark: an article of
 * pseudo-English paragraphs, annotations over it (selectors built by the app's
 * own describeRange), an edited version of the article, and for every
 * annotation where it truly is in the edited text (or that its passage was deleted).
 *
 * Everything follows from a numeric seed. Internally the generator works in
 * UTF-16 offsets; selectors and ground truth are converted to code points, as
 * the app stores them. The text holds a few astral characters (so the two
 * units differ), NBSPs, em dashes (so the string is two-byte, as real articles
 * usually are), indented paragraphs and repeated boilerplate sentences.
 *
 * The edits, with ground truth tracked through each:
 *  - a paragraph inserted near the top (after the first paragraph): shifts almost everything;
 *  - typos present in the original inside some quotes, fixed in the edited text;
 *  - about 1% of the annotated passages deleted (whole sentences). For some of
 *    them a look-alike (the same sentence with one word changed) stays
 *    elsewhere, so that a strategy without a minimum score anchors wrongly;
 *  - elsewhere: unannotated sentences rewritten, sentences inserted, indentation changed.
 */
import { describeRange } from '../../annotations/anchoring/describe';
import { createAnnotation, type Annotation } from '../../annotations/model/annotation';
import { CodePointIndex } from '../../annotations/text/code-points';

export interface GenerateOptions {
  seed: number;
  /** Approximate article length in UTF-16 units (≈ bytes: the text is nearly all ASCII). */
  chars: number;
  annotations: number;
}

export type ExpectedKind =
  /** The passage is intact (maybe moved): the expected range slices to the stored quote. */
  | 'intact'
  /** A typo inside the passage was fixed: the expected range slices to `expectedText`, not the quote. */
  | 'typo-fixed'
  /** The passage was deleted: the right answer is an orphan. */
  | 'deleted';

export interface Expected {
  kind: ExpectedKind;
  /** Code points in the edited text; null when deleted. */
  start: number | null;
  end: number | null;
  /** The quote with the edits inside it applied (for `typo-fixed`; equals the quote when intact). */
  expectedText: string | null;
  /** Deleted, and a look-alike sentence (one word changed) remains elsewhere. */
  lookAlike: boolean;
}

export interface BenchCase {
  options: GenerateOptions;
  original: string;
  edited: string;
  annotations: Annotation[];
  /** Parallel to `annotations`. */
  expected: Expected[];
  stats: {
    originalChars: number;
    editedChars: number;
    annotations: number;
    intact: number;
    typoFixed: number;
    deleted: number;
    deletedWithLookAlike: number;
    /** Annotations whose quote occurs more than once in the original text. */
    duplicateQuotes: number;
    edits: number;
  };
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

const WORDS = `
the of and to in a is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no what
can more about said its into than them only other new some could time these two may first then do
any like my now over such our man me even most made after also did many before must through back
years where much your way well down should because each just those people how too little state good
very make world still own see men work long get here between both life being under never day same
another know while last might us great old year off come since against go came right used take three
minister treaty border report council region agreement government village river valley mountain road
bridge market harbour station archive witness source document letter statement evidence record claim
dispute process peace conflict ceasefire delegation envoy talks summit negotiation proposal draft article
section clause annex appendix figure table chart survey census estimate analysis finding conclusion
observer mission commission committee court tribunal judge lawyer journalist editor reader analyst
farmer teacher doctor soldier officer driver pilot sailor trader merchant builder engineer worker
morning evening night winter summer spring autumn season weather storm rain snow wind frost drought
harvest supply shipment cargo grain water fuel power cable pipeline railway airport customs checkpoint
corridor crossing frontier territory district province capital city town suburb square street avenue
quietly slowly openly briefly formally partly largely mostly rarely often again later earlier soon
signed rejected accepted delayed announced denied confirmed reported claimed argued noted warned
stated suggested proposed approved ratified withdrew returned opened closed crossed reached held
agreed refused asked answered described compared measured counted recorded published printed
narrow wide broad distant nearby northern southern eastern western central coastal rural urban
formal informal public private official unofficial recent early late final initial brief lengthy
careful uncertain partial complete joint separate mutual local national foreign regional annual
`
  .trim()
  .split(/\s+/);

const BOILERPLATE = [
  'See the appendix for the full table of figures.',
  'The figures were not independently verified.',
  'This section was updated after publication.',
  'Both sides declined to comment on the record.',
  'Reporting by the regional desk; editing by the night editor.',
  'The source asked not to be named.',
  'Further details are expected later this week.',
  'All times are local.',
];

const UNITS = ['km', 'kg', 'm', 't', 'ha', '%'];
const ASTRAL = ['𝛼', '𝛽', '🌍', '📄', '🙂'];

interface Sentence {
  tokens: string[];
  boiler: boolean;
  /** Index of a token holding a typo in the original, and its correct spelling. */
  typo?: { token: number; correct: string };
  /** This sentence has a look-alike elsewhere and will be deleted. */
  twinOriginal?: boolean;
  /** This sentence is a look-alike (must stay untouched). */
  twinCopy?: boolean;
}

interface Paragraph {
  indent: string;
  sentences: Sentence[];
}

function randomSentence(rng: Random): Sentence {
  const n = rng.int(6, 20);
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    let word: string;
    const roll = rng.float();
    if (roll < 0.0025 && i > 0) word = rng.pick(ASTRAL);
    else if (roll < 0.012 && i > 0) word = `${rng.int(2, 950)}\u00A0${rng.pick(UNITS)}`;
    else if (roll < 0.016 && i > 0 && i < n - 1) word = '—';
    else word = rng.pick(WORDS);
    if (i === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (i > 0 && i < n - 1 && word !== '—' && rng.chance(0.07)) word += ',';
    tokens.push(word);
  }
  tokens[n - 1] += rng.chance(0.05) ? '?' : '.';
  return { tokens, boiler: false };
}

function boilerSentence(rng: Random): Sentence {
  return { tokens: rng.pick(BOILERPLATE).split(' '), boiler: true };
}

/** A plain lowercase word of at least 4 letters can take a typo. */
const TYPO_ABLE = /^[a-z]{4,}$/;

function makeTypo(rng: Random, word: string): string {
  if (rng.chance(0.5)) {
    const i = rng.int(1, word.length - 3);
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word) return swapped;
  }
  const i = rng.int(1, word.length - 2);
  return word.slice(0, i) + word.slice(i + 1); // a dropped letter
}

interface Located {
  start: number;
  end: number;
  tokenStarts: number[];
  tokenEnds: number[];
  paragraph: number;
  /** Index of the next sentence in the same paragraph, or -1. */
  next: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  kind: 'insert' | 'replace' | 'delete' | 'typo-fix';
}

interface Span {
  start: number;
  end: number;
}

function renderSentence(s: Sentence): string {
  return s.tokens.join(' ');
}

export function generate(options: GenerateOptions): BenchCase {
  const rng = new Random(mulberry32(options.seed));

  // 1. Paragraphs of sentences, until the target size.
  const paragraphs: Paragraph[] = [];
  let size = 0;
  while (size < options.chars) {
    const indent = rng.chance(0.15) ? rng.pick(['    ', '\t', '  ']) : '';
    const sentences: Sentence[] = [];
    const count = rng.int(3, 9);
    for (let i = 0; i < count; i++) {
      const previousBoiler = sentences.length > 0 && sentences[sentences.length - 1]!.boiler;
      sentences.push(!previousBoiler && i > 0 && rng.chance(0.07) ? boilerSentence(rng) : randomSentence(rng));
    }
    paragraphs.push({ indent, sentences });
    size += indent.length + sentences.reduce((sum, s) => sum + renderSentence(s).length + 1, 0) + 1;
  }

  // 2. Typos in the original (paragraph 0 stays pristine: it checks the "exact" path).
  const annotationScale = options.annotations / 10_000;
  const typoCount = Math.max(2, Math.round(60 * annotationScale));
  const twinCount = Math.max(1, Math.round(30 * annotationScale));
  const eligible = (p: number) => p > 0;
  const pickPlain = (predicate: (s: Sentence) => boolean, tries = 10_000): [number, Sentence] | null => {
    for (let t = 0; t < tries; t++) {
      const p = rng.int(1, paragraphs.length - 1);
      if (!eligible(p)) continue;
      const s = rng.pick(paragraphs[p]!.sentences);
      if (!s.boiler && !s.typo && !s.twinOriginal && !s.twinCopy && predicate(s)) return [p, s];
    }
    return null;
  };
  for (let k = 0; k < typoCount; k++) {
    const found = pickPlain((s) => s.tokens.length >= 6 && s.tokens.slice(1, -1).some((w) => TYPO_ABLE.test(w)));
    if (!found) break;
    const s = found[1];
    const candidates = s.tokens.map((w, i) => i).filter((i) => i >= 1 && i <= s.tokens.length - 2 && TYPO_ABLE.test(s.tokens[i]!));
    const token = rng.pick(candidates);
    const correct = s.tokens[token]!;
    s.tokens[token] = makeTypo(rng, correct);
    s.typo = { token, correct };
  }

  // 3. Look-alikes: a copy of a sentence with one middle word changed, in a distant paragraph.
  for (let k = 0; k < twinCount; k++) {
    const found = pickPlain((s) => s.tokens.length >= 10);
    if (!found) break;
    const [p, s] = found;
    const copy: Sentence = { tokens: [...s.tokens], boiler: false, twinCopy: true };
    const middle = copy.tokens.map((w, i) => i).filter((i) => i >= 2 && i <= copy.tokens.length - 3 && /^[a-z]+$/.test(copy.tokens[i]!));
    if (middle.length === 0) continue;
    const at = rng.pick(middle);
    let replacement = rng.pick(WORDS);
    while (replacement === copy.tokens[at]) replacement = rng.pick(WORDS);
    copy.tokens[at] = replacement;
    s.twinOriginal = true;
    let q = p;
    while (Math.abs(q - p) < Math.min(20, paragraphs.length / 4) || q === 0) q = rng.int(1, paragraphs.length - 1);
    const target = paragraphs[q]!.sentences;
    target.splice(rng.int(0, target.length), 0, copy);
  }

  // 4. Render, locating every sentence and token (UTF-16 offsets).
  const sentences: Sentence[] = [];
  const located: Located[] = [];
  const parts: string[] = [];
  const paragraphStarts: number[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) {
      parts.push('\n\n');
      offset += 2;
    }
    paragraphStarts.push(offset);
    parts.push(paragraph.indent);
    offset += paragraph.indent.length;
    paragraph.sentences.forEach((s, i) => {
      if (i > 0) {
        parts.push(' ');
        offset += 1;
      }
      const tokenStarts: number[] = [];
      const tokenEnds: number[] = [];
      const start = offset;
      s.tokens.forEach((token, t) => {
        if (t > 0) offset += 1;
        tokenStarts.push(offset);
        offset += token.length;
        tokenEnds.push(offset);
      });
      parts.push(renderSentence(s));
      sentences.push(s);
      located.push({ start, end: offset, tokenStarts, tokenEnds, paragraph: p, next: i < paragraph.sentences.length - 1 ? sentences.length : -1 });
    });
  });
  const original = parts.join('');

  // 5. Annotations: the planted ones first, then about one per sentence, some
  // sentences twice (a phrase inside a whole-sentence highlight), a few across two sentences.
  const spans: Span[] = [];
  /** Sentences an annotation touches, to keep edits away from annotated text. */
  const touched = new Set<number>();
  const add = (start: number, end: number, first: number, last: number) => {
    spans.push({ start, end });
    for (let i = first; i <= last; i++) touched.add(i);
  };
  const whole = (i: number) => add(located[i]!.start, located[i]!.end, i, i);
  sentences.forEach((s, i) => {
    if (s.twinOriginal || s.typo) whole(i);
  });
  const order = rng.shuffle(sentences.map((_, i) => i).filter((i) => !sentences[i]!.twinOriginal));
  let pass = 0;
  while (spans.length < options.annotations && pass < 20) {
    for (const i of order) {
      if (spans.length >= options.annotations) break;
      const at = located[i]!;
      const roll = rng.float();
      const next = at.next;
      if (pass === 0 && roll < 0.5) whole(i);
      else if (pass === 0 && roll < 0.57 && next >= 0 && !sentences[next]!.twinOriginal) add(at.start, located[next]!.end, i, next);
      else {
        const n = at.tokenStarts.length;
        const length = Math.min(n, rng.int(2, 8));
        const first = rng.int(0, n - length);
        add(at.tokenStarts[first]!, at.tokenEnds[first + length - 1]!, i, i);
      }
    }
    pass++;
  }

  // 6. Edits on the original (UTF-16 offsets), non-overlapping.
  const edits: Edit[] = [];
  const editedSentences = new Set<number>();
  // 6a. A new paragraph after the first one: everything below moves.
  const newParagraph = Array.from({ length: 5 }, () => renderSentence(randomSentence(rng))).join(' ');
  const topInsert = paragraphStarts[1] ?? original.length;
  edits.push({ start: topInsert, end: topInsert, text: `${newParagraph}\n\n`, kind: 'insert' });
  // 6b. Every typo fixed.
  sentences.forEach((s, i) => {
    if (!s.typo) return;
    const at = located[i]!;
    edits.push({ start: at.tokenStarts[s.typo.token]!, end: at.tokenEnds[s.typo.token]!, text: s.typo.correct, kind: 'typo-fix' });
    editedSentences.add(i);
  });
  // 6c. Deletions: every look-alike's original, then random annotated sentences
  // whose annotations are all unique in the text, up to 1% of the annotations.
  const wholeOnly = (i: number) => spans.filter((sp) => sp.start < located[i]!.end && sp.end > located[i]!.start);
  const deleteSentence = (i: number) => {
    const at = located[i]!;
    // The sentence and the space after it, or before it when it ends its paragraph.
    const [start, end] = at.next >= 0 ? [at.start, at.end + 1] : [at.start - (original[at.start - 1] === ' ' ? 1 : 0), at.end];
    edits.push({ start, end, text: '', kind: 'delete' });
    editedSentences.add(i);
  };
  sentences.forEach((s, i) => {
    if (s.twinOriginal) deleteSentence(i);
  });
  const wanted = Math.max(3, Math.round(options.annotations * 0.01));
  let deletedAnnotations = spans.filter((sp) => sentences.some((s, i) => s.twinOriginal && sp.start >= located[i]!.start && sp.end <= located[i]!.end)).length;
  for (const i of rng.shuffle(sentences.map((_, i) => i))) {
    if (deletedAnnotations >= wanted) break;
    const s = sentences[i]!;
    const at = located[i]!;
    if (at.paragraph === 0 || s.boiler || s.typo || s.twinCopy || s.twinOriginal || editedSentences.has(i) || !touched.has(i)) continue;
    if (at.next < 0 && at.start === paragraphStarts[at.paragraph]! + paragraphs[at.paragraph]!.indent.length) continue; // a one-sentence paragraph
    const inside = wholeOnly(i);
    const contained = inside.every((sp) => sp.start >= at.start && sp.end <= at.end);
    if (!contained) continue; // an annotation spans into the next sentence: not a clean deletion
    const unique = inside.every((sp) => {
      const quote = original.slice(sp.start, sp.end);
      const first = original.indexOf(quote);
      return original.indexOf(quote, first + 1) === -1;
    });
    if (!unique) continue;
    if (at.next >= 0 && editedSentences.has(at.next)) continue;
    if (at.next < 0 && i > 0 && located[i - 1]!.next === i && editedSentences.has(i - 1)) continue; // would share the space
    deleteSentence(i);
    deletedAnnotations += inside.length;
  }
  // 6d. Elsewhere: unannotated sentences rewritten, new sentences inserted, indentation changed.
  const free = rng.shuffle(sentences.map((_, i) => i).filter((i) => located[i]!.paragraph > 0 && !touched.has(i) && !editedSentences.has(i) && !sentences[i]!.twinCopy));
  const rewrites = Math.max(1, Math.round(20 * annotationScale));
  for (const i of free.slice(0, rewrites)) {
    edits.push({ start: located[i]!.start, end: located[i]!.end, text: renderSentence(randomSentence(rng)), kind: 'replace' });
    editedSentences.add(i);
  }
  const inserts = Math.max(1, Math.round(10 * annotationScale));
  for (let k = 0, tries = 0; k < inserts && tries < 1000; tries++) {
    const i = rng.int(0, sentences.length - 1);
    const at = located[i]!;
    if (at.paragraph === 0 || editedSentences.has(i)) continue;
    const previous = i - 1;
    if (previous >= 0 && located[previous]!.next === i && editedSentences.has(previous)) continue;
    if (spans.some((sp) => sp.start < at.start && sp.end > at.start)) continue; // inside a two-sentence highlight
    edits.push({ start: at.start, end: at.start, text: `${renderSentence(randomSentence(rng))} `, kind: 'insert' });
    editedSentences.add(i);
    k++;
  }
  for (let p = 2, k = 0; p < paragraphs.length && k < Math.max(1, Math.round(10 * annotationScale)); p += 1 + rng.int(0, 40), k++) {
    const indent = paragraphs[p]!.indent;
    const replacement = indent === '' ? '  ' : '';
    const start = paragraphStarts[p]!;
    const firstSentence = located.findIndex((l) => l.paragraph === p);
    if (editedSentences.has(firstSentence)) continue;
    if (indent === '') edits.push({ start, end: start, text: replacement, kind: 'insert' });
    else edits.push({ start, end: start + indent.length, text: replacement, kind: 'replace' });
  }

  // 7. Apply the edits.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < edits.length; k++) {
    if (edits[k]!.start < edits[k - 1]!.end || (edits[k]!.start === edits[k - 1]!.start && edits[k]!.start === edits[k]!.end && edits[k - 1]!.start === edits[k - 1]!.end)) {
      throw new Error(`generator bug: overlapping edits at ${edits[k]!.start}`);
    }
  }
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    pieces.push(original.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  pieces.push(original.slice(cursor));
  const edited = pieces.join('');

  // 8. Selectors (code points, by the app's describeRange) and ground truth.
  const originalIndex = new CodePointIndex(original);
  const editedIndex = new CodePointIndex(edited);
  const ids = rng.shuffle(spans.map((_, i) => i)); // stored order is not document order
  const tagsPool = ['claim', 'evidence', 'casualty-figure', 'denial', 'quote'];
  const annotations: Annotation[] = [];
  const expected: Expected[] = [];
  for (const k of ids) {
    const span = spans[k]!;
    const cpStart = originalIndex.toCodePoint(span.start);
    const cpEnd = originalIndex.toCodePoint(span.end);
    const { quote, position } = describeRange(originalIndex, cpStart, cpEnd);
    annotations.push(
      createAnnotation({
        id: `urn:uuid:00000000-0000-4000-8000-${String(annotations.length).padStart(12, '0')}`,
        now: '2025-01-01T00:00:00.000Z',
        source: 'bench-article.txt',
        quote,
        position,
        tags: [tagsPool[k % tagsPool.length]!],
      }),
    );
    expected.push(mapThroughEdits(span, edits, original, edited, editedIndex, sentences, located));
  }
  // Quotes that occur more than once (boilerplate and short phrases repeat): context must decide.
  const duplicateQuotes = countDuplicates(original, annotations);

  const count = (kind: ExpectedKind) => expected.filter((e) => e.kind === kind).length;
  return {
    options,
    original,
    edited,
    annotations,
    expected,
    stats: {
      originalChars: original.length,
      editedChars: edited.length,
      annotations: annotations.length,
      intact: count('intact'),
      typoFixed: count('typo-fixed'),
      deleted: count('deleted'),
      deletedWithLookAlike: expected.filter((e) => e.lookAlike).length,
      duplicateQuotes,
      edits: edits.length,
    },
  };
}

function sentenceOf(span: Span, located: readonly Located[]): number {
  let low = 0;
  let high = located.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (located[mid]!.start <= span.start) low = mid;
    else high = mid - 1;
  }
  return low;
}

function countDuplicates(text: string, annotations: readonly Annotation[]): number {
  // Count each distinct quote once in the text (one indexOf pair per distinct quote).
  const seen = new Map<string, boolean>();
  let duplicates = 0;
  for (const annotation of annotations) {
    const exact = (annotation.target.selector[0] as { exact: string }).exact;
    let repeated = seen.get(exact);
    if (repeated === undefined) {
      const first = text.indexOf(exact);
      repeated = text.indexOf(exact, first + 1) !== -1;
      seen.set(exact, repeated);
    }
    if (repeated) duplicates++;
  }
  return duplicates;
}

/** Where a span of the original is in the edited text, through sorted, non-overlapping edits. */
function mapThroughEdits(
  span: Span,
  edits: readonly Edit[],
  original: string,
  edited: string,
  editedIndex: CodePointIndex,
  sentences: readonly Sentence[],
  located: readonly Located[],
): Expected {
  let startShift = 0;
  let endShift = 0;
  let text = original.slice(span.start, span.end);
  // Apply edits inside the span right to left so offsets within `text` stay valid.
  const inside: Edit[] = [];
  for (const edit of edits) {
    const delta = edit.text.length - (edit.end - edit.start);
    if (edit.start === edit.end) {
      if (edit.start <= span.start) {
        startShift += delta;
        endShift += delta;
      } else if (edit.start < span.end) {
        throw new Error('generator bug: insertion inside an annotated span');
      }
    } else if (edit.end <= span.start) {
      startShift += delta;
      endShift += delta;
    } else if (edit.start >= span.end) {
      // after: nothing moves
    } else if (edit.start >= span.start && edit.end <= span.end) {
      if (edit.kind !== 'typo-fix') throw new Error(`generator bug: ${edit.kind} inside an annotated span`);
      endShift += delta;
      inside.push(edit);
    } else if (edit.kind === 'delete' && edit.start <= span.start && edit.end >= span.end) {
      const i = sentenceOf(span, located);
      return { kind: 'deleted', start: null, end: null, expectedText: null, lookAlike: sentences[i]!.twinOriginal === true };
    } else {
      throw new Error(`generator bug: ${edit.kind} edit ${edit.start}-${edit.end} overlaps span ${span.start}-${span.end}`);
    }
  }
  for (const edit of inside.reverse()) {
    text = text.slice(0, edit.start - span.start) + edit.text + text.slice(edit.end - span.start);
  }
  const start = span.start + startShift;
  const end = span.end + endShift;
  if (edited.slice(start, end) !== text) throw new Error('generator bug: ground truth does not slice to the expected text');
  return {
    kind: inside.length > 0 ? 'typo-fixed' : 'intact',
    start: editedIndex.toCodePoint(start),
    end: editedIndex.toCodePoint(end),
    expectedText: text,
    lookAlike: false,
  };
}
