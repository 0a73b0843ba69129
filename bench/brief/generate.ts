/**
 * A synthetic set for the brief benchmark, as the BriefInput the Markdown
 * writer receives: deterministic for a seed (mulberry32), no I/O.
 *
 * `articles` articles share `annotations` annotations (spread unevenly, as in
 * real sets), each with 1-3 tags from a codebook of 12 (a few untagged
 * highlights), most with a stance, many with an attribution and a confidence,
 * ~15% linked by ra:sameClaimAs into claims made by 2-4 articles, 1% orphans
 * (no location). Quotes are 6-40 pseudo-words, some spanning two paragraphs,
 * with the odd character a Markdown writer must escape (*, _, |, `, [, <).
 */
import { STANCES, CONFIDENCES } from '../../annotations/model/claim';
import type { Tag } from '../../annotations/model/codebook';
import type { BriefArticle, BriefInput, BriefQuote } from '../../annotations/brief/types';
import { mulberry32 } from '../reanchor/generate';

export interface BriefBenchOptions {
  seed: number;
  articles: number;
  annotations: number;
}

export const TAG_LABELS = [
  'casualties',
  'responsibility',
  'denial',
  'weapons',
  'location',
  'timeline',
  'motive',
  'international reaction',
  'humanitarian',
  'economic impact',
  'legal',
  'propaganda',
] as const;

const WORDS = (
  'the officials said rockets hit northern depot on tuesday killing twelve ministry denied any involvement calling reports ' +
  'fabricated witnesses army accident convoy border village council spokesperson confirmed sources according statement ' +
  'investigation ceasefire violation shelling residents fled humanitarian corridor aid agencies warned prices fuel sanctions'
).split(' ');
const ODD = ['*', '_', '|', '`', '[x]', '<b>', '#1', '😀', '5\u00a0km', '“quoted”'];
const PEOPLE = ['The ministry', 'Officials', 'Witnesses', 'The army', 'A spokesperson', 'Residents', 'The council', 'Aid agencies', 'Marco Rubio', 'The UN'];
const OUTLETS = ['Reuters', 'AP', 'BBC', 'Al Jazeera', 'TASS', 'Le Monde', 'DW', 'AFP'];

export function generateBriefInput(options: BriefBenchOptions): BriefInput {
  const random = mulberry32(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)] as T;
  const chance = (p: number) => random() < p;

  const sentence = (words: number): string => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) out.push(chance(0.03) ? pick(ODD) : pick(WORDS));
    const text = out.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  // Uneven sizes: weights 1..3, then the remainder spread from the first article.
  const weights = Array.from({ length: options.articles }, () => 1 + random() * 2);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((options.annotations * w) / totalWeight));
  let missing = options.annotations - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length, missing--) counts[i] = (counts[i] ?? 0) + 1;

  let serial = 0;
  const articles: BriefArticle[] = counts.map((count, a) => {
    let offset = int(200);
    let paragraph = 1;
    const quotes: BriefQuote[] = [];
    for (let q = 0; q < count; q++) {
      const twoParagraphs = chance(0.05);
      const exact = twoParagraphs ? `${sentence(3 + int(15))}.\n${sentence(3 + int(15))}` : sentence(6 + int(35));
      const length = Array.from(exact).length;
      offset += 20 + int(400);
      paragraph += int(3);
      const orphan = chance(0.01);
      const tagCount = chance(0.04) ? 0 : 1 + int(3);
      const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAG_LABELS)))];
      quotes.push({
        id: `urn:uuid:bench-${String(serial++).padStart(8, '0')}`,
        exact,
        tags,
        note: chance(0.3) ? sentence(4 + int(20)) : '',
        status: orphan ? 'orphan' : chance(0.05) ? 'moved' : chance(0.02) ? 'fuzzy' : 'exact',
        location: orphan ? null : { paragraph, start: offset, end: offset + length },
        sameClaimAs: [],
        ...(chance(0.8) ? { stance: pick(STANCES) } : {}),
        ...(chance(0.6) ? { attribution: pick(PEOPLE) } : {}),
        ...(chance(0.4) ? { confidence: pick(CONFIDENCES) } : {}),
      });
      offset += length;
      if (twoParagraphs) paragraph++;
    }
    return {
      file: `${String(a).padStart(3, '0')}_${(options.seed + a).toString(16).padStart(8, '0')}.txt`,
      title: sentence(4 + int(8)),
      ...(chance(0.9) ? { source: pick(OUTLETS) } : {}),
      ...(chance(0.6) ? { author: `${pick(['A.', 'B.', 'C.', 'D.'])} ${pick(['Smith', 'Ivanova', 'Haddad', 'Müller'])}` } : {}),
      ...(chance(0.8) ? { published: `2025-0${1 + int(9)}-${String(1 + int(28)).padStart(2, '0')}` } : {}),
      quotes,
    };
  });

  // Same-claim links: clusters of 2-4 annotations in distinct articles, linked both ways.
  const tagged = articles.map((a) => a.quotes.filter((q) => q.tags.length > 0 && q.location !== null));
  const clusters = Math.floor((options.annotations * 0.15) / 3);
  for (let c = 0; c < clusters && articles.length > 1; c++) {
    const size = 2 + int(3);
    const members: BriefQuote[] = [];
    const used = new Set<number>();
    for (let tries = 0; members.length < size && tries < size * 4; tries++) {
      const a = int(articles.length);
      const pool = tagged[a] ?? [];
      if (used.has(a) || pool.length === 0) continue;
      used.add(a);
      members.push(pool[int(pool.length)] as BriefQuote);
    }
    for (const m of members) {
      m.sameClaimAs = [...new Set([...m.sameClaimAs, ...members.filter((o) => o !== m).map((o) => o.id)])];
    }
  }

  const palette = ['#f6c85f', '#7ec8e3', '#f4a582', '#9ad0a4', '#c9a0dc', '#f7a1c4', '#b8c4d6', '#e8d37a'];
  const tags: Tag[] = TAG_LABELS.map((label, i) => ({
    label,
    color: palette[i % palette.length] as string,
    ...(i % 3 === 0 ? { description: `What the sources say about ${label}.` } : {}),
  }));
  return { setName: `Bench set ${options.articles}×${options.annotations}`, exportedAt: new Date('2025-01-01T00:00:00Z'), tags, articles };
}
