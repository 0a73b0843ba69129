/**
 * Bad input, each answered clearly and fast (issue 17, "Bad input gets a
 * clear answer"): a claim with no text, a claim of one word, a claim in an
 * article of another language, an empty article, and thousands of copies
 * of one wire story. Each answer's time is printed against one ordinary
 * Elsewhere answer on the same index (median of RUNS, same run; the copies
 * against one claim on the large set of different articles), and the
 * answer itself is checked (a note, or a bounded list).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { elsewhere, MAX_CANDIDATES } from '../../annotations/matching/elsewhere';
import { MatchIndex } from '../../annotations/matching/index';
import { stripBom } from '../../annotations/text/code-points';
import type { Measure } from '../measure';
import { median } from '../reanchor/run';
import { GOLD, ROOT } from './gold';

const RUNS = 21;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function timed(action: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    action();
    times.push(performance.now() - t);
  }
  return median(times);
}

const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';

export interface BadInputOptions {
  copies: number;
  /** One ordinary claim's Elsewhere on the large set (speed.ts), median ms: the baseline of the copies. */
  largeSetElsewhere: number;
  largeSetArticles: number;
  log: (line: string) => void;
}

export async function badInput({ copies, largeSetElsewhere, largeSetArticles, log }: BadInputOptions): Promise<Measure[]> {
  const seeds = path.join(ROOT, 'seeds');
  const read = async (file: string) => stripBom(await readFile(file, 'utf8'));
  const claimArticle = await read(path.join(seeds, '000_5070c6c1e48426b5.txt'));
  const story = await read(path.join(seeds, '002_629f6f8c301c9278.txt'));
  const german = await read(path.join(GOLD, 'news/articles/x01-dasdeutscheblatt-de.txt'));

  const index = new MatchIndex();
  for (const file of ['001_d1768d0c86569b34.txt', '002_629f6f8c301c9278.txt', '003_8d5387ac8c00ce0b.txt', '004_f5d7da63b06ad7bc.txt']) {
    index.setArticle(file, await read(path.join(seeds, file)));
  }
  index.setArticle('claim.txt', claimArticle);
  index.setArticle('de.txt', german);
  const ordinary = timed(() => elsewhere(index, { file: 'claim.txt', text: CLAIM }));
  const measures: Measure[] = [];
  const answer = (id: string, expected: string, action: () => { note?: string }) => {
    const note = action().note;
    if (note !== expected) throw new Error(`${id}: expected the note ${expected}, got ${note ?? 'none'}`);
    const ms = timed(action);
    log(`${id}: "${note}" in ${round(ms, 3)} ms, an ordinary claim ${round(ordinary, 3)} ms`);
    measures.push({ id, value: round(ms, 3), unit: 'ms', baseline: round(ordinary, 3), ratio: round(ordinary / ms, 1), runs: RUNS, target: { op: '<=', value: round(ordinary * 2, 3) } });
  };
  answer('match-bad-empty-claim-ms', 'empty', () => elsewhere(index, { file: 'claim.txt', text: ' \n ' }));
  answer('match-bad-one-word-claim-ms', 'too-short', () => elsewhere(index, { file: 'claim.txt', text: 'Rubio' }));
  answer('match-bad-other-language-ms', 'not-english', () => elsewhere(index, { file: 'de.txt', text: 'Armenien und Aserbaidschan sollen ein Rahmenabkommen unterzeichnen' }));

  const addOrdinary = timed(() => index.setArticle('again.txt', story));
  const addEmpty = timed(() => index.setArticle('empty.txt', ''));
  if (index.article('empty.txt')?.passages.length !== 0) throw new Error('an empty article has passages');
  log(`empty article added in ${round(addEmpty, 3)} ms, an ordinary one ${round(addOrdinary, 3)} ms`);
  measures.push({ id: 'match-bad-empty-article-add-ms', value: round(addEmpty, 3), unit: 'ms', baseline: round(addOrdinary, 3), ratio: round(addOrdinary / addEmpty, 1), runs: RUNS, target: { op: '<=', value: round(addOrdinary, 3) } });

  // Thousands of copies of one wire story, each with its own line of boilerplate.
  const syndicated = new MatchIndex();
  let t = performance.now();
  for (let i = 0; i < copies; i++) syndicated.setArticle(`copy-${String(i).padStart(5, '0')}.txt`, `Published by site ${i}\n${story}`);
  syndicated.setArticle('claim.txt', claimArticle);
  const build = performance.now() - t;
  t = performance.now();
  const groups = syndicated.nearDuplicateGroups();
  const grouping = performance.now() - t;
  if (groups.length !== 1 || groups[0]?.length !== copies) throw new Error(`the ${copies} copies were grouped as ${groups.map((g) => g.length).join(', ')}`);
  const first = elsewhere(syndicated, { file: 'claim.txt', text: CLAIM });
  if (first.candidates.length > MAX_CANDIDATES || !first.candidates.some((c) => c.likely)) throw new Error('the copies gave no bounded list with a likely candidate');
  // A few answers first: the garbage of indexing thousands of articles is collected during the first ones.
  timed(() => elsewhere(syndicated, { file: 'claim.txt', text: CLAIM }), 3);
  const onCopies = timed(() => elsewhere(syndicated, { file: 'claim.txt', text: CLAIM }), 9);
  log(`${copies} copies: indexed in ${round(build, 0)} ms, grouped as one in ${round(grouping, 1)} ms, Elsewhere ${round(onCopies, 2)} ms (${first.candidates.length} candidates) against ${round(largeSetElsewhere, 2)} ms on ${largeSetArticles} different articles`);
  measures.push({
    id: `match-bad-copies-${copies}-elsewhere-ms`, value: round(onCopies), unit: 'ms', baseline: round(largeSetElsewhere), ratio: round(largeSetElsewhere / onCopies), runs: 9, target: { op: '<=', value: 50 },
  });
  measures.push({ id: `match-bad-copies-${copies}-group-ms`, value: round(grouping, 1), unit: 'ms', runs: 1, target: { op: '<=', value: 1000 } });
  return measures;
}
