import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { elsewhere, LIKELY, LIKELY_IN_STORY_SHARE, MAX_CANDIDATES, PER_ARTICLE, THRESHOLDS } from './elsewhere';
import { MatchIndex } from './index';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');
const seed = (file: string) => readFileSync(path.join(SEEDS, file), 'utf8');
const FILES = ['000_5070c6c1e48426b5.txt', '001_d1768d0c86569b34.txt', '002_629f6f8c301c9278.txt', '003_8d5387ac8c00ce0b.txt', '004_f5d7da63b06ad7bc.txt'];

function seedIndex(): MatchIndex {
  const index = new MatchIndex();
  for (const f of FILES) index.setArticle(f, seed(f));
  return index;
}

describe('elsewhere', () => {
  it('finds a paraphrase in another outlet: Baku and Yerevan are Azerbaijan and Armenia, an agreement is a deal', () => {
    const index = seedIndex();
    const claim = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
    const { candidates } = elsewhere(index, { file: FILES[0]!, text: claim });
    const best = candidates.find((c) => c.file === FILES[2]);
    const text = new CodePointIndex(seed(FILES[2]!));
    expect(text.slice(best!.start, best!.end)).toContain('could strike a peace deal pretty soon');
    expect(best!.likely).toBe(true);
    expect(best!.shared).toEqual(expect.arrayContaining(['@azerbaijan', '@armenia']));
  });

  it('lists at most three passages per other article, never the claim’s own, best first', () => {
    const { candidates } = elsewhere(seedIndex(), { file: FILES[1]!, text: 'Azerbaijan insisted that Armenia amend its constitution to drop reference to Nagorno Karabakh.' });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.some((c) => c.file === FILES[1])).toBe(false);
    for (const f of FILES) expect(candidates.filter((c) => c.file === f).length).toBeLessThanOrEqual(PER_ARTICLE);
    expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('answers clearly for a claim of one word, an empty claim, and a claim in an article of another language', () => {
    const index = seedIndex();
    expect(elsewhere(index, { file: FILES[0]!, text: 'Rubio' })).toEqual({ candidates: [], note: 'too-short' });
    expect(elsewhere(index, { file: FILES[0]!, text: '  ' })).toEqual({ candidates: [], note: 'empty' });
    index.setArticle('de.txt', 'Armenien und Aserbaidschan sollen an diesem Abend im Weißen Haus ein Rahmenabkommen unterzeichnen, das einen Landkorridor schafft, und die Türkei wird davon profitieren.');
    expect(elsewhere(index, { file: 'de.txt', text: 'Armenien und Aserbaidschan sollen ein Rahmenabkommen unterzeichnen' }).note).toBe('not-english');
  });

  it('answers fast and bounded on thousands of copies of one story', () => {
    const CLAIM = 'Rubio expressed confidence that a peace agreement between Baku and Yerevan could be signed in the near future.';
    const index = new MatchIndex();
    const story = seed(FILES[2]!);
    for (let i = 0; i < 1000; i++) index.setArticle(`copy-${String(i).padStart(4, '0')}.txt`, `Site ${i}\n${story}`);
    index.setArticle('claim.txt', seed(FILES[0]!));
    const started = performance.now();
    const { candidates } = elsewhere(index, { file: 'claim.txt', text: CLAIM });
    const ms = performance.now() - started;
    expect(candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(candidates.filter((c) => c.likely).length).toBeGreaterThan(0);
    // The likely ones are the claim's counterpart in the copies (Rubio's "peace deal pretty soon"), not passages that
    // share one rare word with it: a term met in a thousand copies costs the work bound no more than one met once.
    for (const c of candidates.filter((c) => c.likely)) expect(index.article(c.file)!.text.slice(c.start, c.end)).toContain('peace deal pretty soon');
    // So with a tighter work bound: the copies' rare word "signed" alone (the claim's rarest term) must not use it up.
    const bounded = elsewhere(index, { file: 'claim.txt', text: CLAIM }, undefined, { maxVisits: 5000 }).candidates.filter((c) => c.likely);
    expect(bounded.length).toBeGreaterThan(0);
    for (const c of bounded) expect(index.article(c.file)!.text.slice(c.start, c.end)).toContain('peace deal pretty soon');
    expect(index.nearDuplicatesOf('copy-0000.txt').length).toBe(999);
    // Generous: the bench measures the time; this only guards against unbounded work.
    expect(ms).toBeLessThan(2000);
  }, 60_000);

  it('puts the sentence of the body that states the claim before a photo caption that names it', () => {
    // The seeds with two passages of bench/match/gold/news/articles/a05-globalpioneer.txt, as published: a caption
    // (with its credit, no closing full stop) and the body's sentence on the same claim.
    const index = seedIndex();
    const caption = 'Armenia, Azerbaijan leaders say Trump deserves Nobel Peace Prize. /REUTERS/Maxim Shemetov/Pool/File Photo';
    const body = 'Jointly endorsing Trump for the Nobel Peace Prize for his role in the deal, President Aliyev said, "Peace … will open great opportunities" for Azerbaijan.';
    index.setArticle('a05.txt', `${caption}\nNobel Peace Prize\n${body}\n`);
    // a07-usatimes.txt
    const claim = '“I think President Trump deserves to have a Nobel Peace Prize,” Pashinyan gushed.';
    const best = elsewhere(index, { file: FILES[0]!, text: claim }).candidates.find((c) => c.file === 'a05.txt');
    expect(index.article('a05.txt')!.text.slice(best!.start, best!.end)).toBe(body);
  });

  it('lists a passage its article repeats word for word once, and the next passage in the place of the repeat', () => {
    // Story J of bench/match/gold/news, as published: j10-amomama.txt gives a photo caption twice, one line after the other.
    const articles = path.resolve(SEEDS, '../bench/match/gold/news/articles');
    const index = new MatchIndex();
    for (const f of readdirSync(articles).filter((f) => f.startsWith('j'))) index.setArticle(f, readFileSync(path.join(articles, f), 'utf8'));
    // j06-europebriefnews.txt
    const claim = 'In Bangkok, at least eight people were killed after a building collapsed, with over 100 people still trapped under rubble.';
    const listed = elsewhere(index, { file: 'j06-europebriefnews.txt', text: claim }).candidates.filter((c) => c.file === 'j10-amomama.txt');
    const texts = listed.map((c) => index.article('j10-amomama.txt')!.text.slice(c.start, c.end));
    const caption = 'Rescue personnel walk past the rubble of the under-construction government building that collapsed in Chatuchak district of Bangkok on Friday.';
    expect(texts).toHaveLength(PER_ARTICLE);
    expect(texts.filter((t) => t.startsWith(caption))).toHaveLength(2);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('calls likely only from its thresholds', () => {
    const { candidates } = elsewhere(seedIndex(), { file: FILES[0]!, text: 'The question remains: can the U.S. and its partners provide the negotiating parties with sufficient guarantees?' });
    for (const c of candidates.filter((c) => c.score >= LIKELY)) expect(c.likely).toBe(true);
  });

  it('calls a loose match of the story likely only when the claim has no much closer counterpart', () => {
    const index = seedIndex();
    const claim = { file: FILES[2]!, text: 'The Armenia-Azerbaijan conflict has endured for over three decades.' };
    // The share rule alone: no evidence asked for (evidence.test.ts).
    const share = { ...THRESHOLDS, evidence: { terms: 1, termWeight: 0 } };
    const { candidates } = elsewhere(index, claim, share);
    const best = Math.max(...candidates.map((c) => c.score));
    for (const c of candidates.filter((c) => c.likely && c.score < LIKELY)) expect(c.score).toBeGreaterThanOrEqual(LIKELY_IN_STORY_SHARE * best - 0.001);
    const loose = elsewhere(index, claim, { ...share, likelyInStoryShare: 0 }).candidates;
    expect(loose.filter((c) => c.likely).length).toBeGreaterThan(candidates.filter((c) => c.likely).length);
  });

  it('lifts a passage stating a figure of the claim’s kind, a different figure too, and the listing bar leaves it room (figure-kinds.ts)', () => {
    const claim = 'That also led to the exodus of over 100,000 ethnic Armenians.';
    const filler = ['The weather was mild that week.', 'Markets opened lower on Monday.', 'A new bridge was opened downtown.'];
    const index = new MatchIndex();
    index.setArticle('0.txt', claim);
    // More than MAX_CANDIDATES articles say it without the figure: enough for the listing bar to stop the search.
    for (let i = 1; i <= MAX_CANDIDATES + 10; i++) index.setArticle(`${i}.txt`, `${filler[i % 3]} That also led to the exodus of ethnic Armenians.`);
    // Longer, so that its words alone score under the others' and under the bar; its figure is of the claim's kind.
    index.setArticle('figure.txt', `${filler[0]} That also led, in the end, to the exodus of 120,000 ethnic Armenians from the region.`);
    const bounded = elsewhere(index, { file: '0.txt', text: claim }).candidates;
    expect(bounded[0]?.file).toBe('figure.txt');
    expect(bounded).toEqual(elsewhere(index, { file: '0.txt', text: claim }, undefined, { exhaustive: true }).candidates);
    // Without the figure in the claim, the words alone rank it under the shorter retellings.
    const plain = elsewhere(index, { file: '0.txt', text: 'That also led to the exodus of ethnic Armenians.' }).candidates;
    expect(plain.findIndex((c) => c.file === 'figure.txt')).not.toBe(0);
  });
});
