import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAME_STORY, elsewhere } from './elsewhere';
import { MatchIndex, ON_ONE_STORY } from './index';

const NEWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/match/gold/news/articles');
const read = (file: string) => readFileSync(path.join(NEWS, file), 'utf8');
const readdirNews = () => readdirSync(NEWS).sort();
const FILES = ['a01-wpxi.txt', 'a02-tasnim.txt', 'a05-globalpioneer.txt', 'b05-belga.txt', 'd01-ktvz-ap.txt', 'd02-yahoo-ap.txt'];

function indexOf(files: readonly string[]): MatchIndex {
  const index = new MatchIndex();
  for (const f of files) index.setArticle(f, read(f));
  return index;
}

/** Everything the index answers, in a comparable form. */
function state(index: MatchIndex) {
  return {
    files: index.files(),
    passages: index.passages,
    average: index.averageLength.toFixed(6),
    frequencies: ['@azerbaijan', '~corridor', '32', '@rwanda'].map((t) => [index.passageFrequency(t), index.postingsOf(t).size]),
    similarity: index.articleSimilarity('a01-wpxi.txt', 'a02-tasnim.txt').toFixed(6),
    // Through neighbours too: kept while the set is unchanged, so a change must not leave a stale row behind.
    story: FILES.map((f) => storySimilarity(index, 'a01-wpxi.txt', f).toFixed(6)),
  };
}

function storySimilarity(index: MatchIndex, a: string, b: string): number {
  const x = index.article(a);
  const y = index.article(b);
  return x && y ? (index.storySimilaritiesTo(x.id)[y.id] as number) : 0;
}

describe('MatchIndex', () => {
  it('is the same built at once or article by article, in any order, after changes and removals', () => {
    const whole = indexOf(FILES);
    const incremental = indexOf([...FILES].reverse());
    incremental.setArticle('a01-wpxi.txt', 'Something else entirely, about another story.');
    // Asked between changes, so that an answer kept from before a change would show.
    state(incremental);
    incremental.setArticle('extra.txt', read('b05-belga.txt'));
    state(incremental);
    incremental.removeArticle('extra.txt');
    incremental.setArticle('a01-wpxi.txt', read('a01-wpxi.txt'));
    expect(state(incremental)).toEqual(state(whole));
  });

  it('counts its changes: a version that moves with every article set or removed, and not with a claim scored', () => {
    const index = indexOf(FILES.slice(0, 2));
    const before = index.version;
    elsewhere(index, { file: FILES[0] as string, text: read(FILES[0] as string).slice(0, 300) });
    expect(index.version).toBe(before);
    index.setArticle(FILES[2] as string, read(FILES[2] as string));
    expect(index.version).toBeGreaterThan(before);
    const added = index.version;
    index.removeArticle(FILES[2] as string);
    expect(index.version).toBeGreaterThan(added);
    const removed = index.version;
    index.removeArticle('not-there.txt');
    expect(index.version).toBe(removed);
  });

  it('forgets a removed article entirely', () => {
    const index = indexOf(FILES);
    index.removeArticle('b05-belga.txt');
    expect(index.files()).not.toContain('b05-belga.txt');
    expect(index.passageFrequency('@rwanda')).toBe(0);
    const { candidates } = elsewhere(index, { file: 'a01-wpxi.txt', text: 'The Democratic Republic of Congo and Rwanda signed a peace agreement in Washington.' });
    expect(candidates.every((c) => c.file !== 'b05-belga.txt')).toBe(true);
  });

  it('keeps each passage’s range and sentences by number as its object has them, when numbers are reused after changes', () => {
    const index = indexOf(FILES);
    index.removeArticle('a02-tasnim.txt');
    index.setArticle('a01-wpxi.txt', 'A short one. It has two sentences.');
    index.setArticle('extra.txt', read('a02-tasnim.txt'));
    let checked = 0;
    for (const file of index.files()) {
      for (const p of index.article(file)?.passages ?? []) {
        expect([index.passageStarts[p.id], index.passageEnds[p.id], index.passageSentences[p.id]]).toEqual([p.start, p.end, p.sentences]);
        checked++;
      }
    }
    expect(checked).toBe(index.passages);
  });

  it('reads each passage’s kinds of figures from its text as it is now, when numbers are reused after changes, and a pair’s from its sentences', () => {
    const index = indexOf(FILES);
    // Every passage's kinds read, so that a stale one would be kept if a change did not forget it.
    const kindsOf = (file: string) => (index.article(file)?.passages ?? []).map((p) => [...index.figureKindsAt(p.id)].sort().join(' & '));
    for (const file of index.files()) kindsOf(file);
    index.removeArticle('a02-tasnim.txt');
    index.setArticle('a01-wpxi.txt', 'The fire burned 2,900 acres. It killed 12 people.');
    index.setArticle('extra.txt', read('a02-tasnim.txt'));
    const fresh = indexOf([]);
    for (const file of index.files()) fresh.setArticle(file, file === 'a01-wpxi.txt' ? 'The fire burned 2,900 acres. It killed 12 people.' : read(file === 'extra.txt' ? 'a02-tasnim.txt' : file));
    for (const file of index.files()) expect(kindsOf(file), file).toEqual((fresh.article(file)?.passages ?? []).map((p) => [...fresh.figureKindsAt(p.id)].sort().join(' & ')));
    // The two sentences, and the pair of them, which states both kinds.
    expect(kindsOf('a01-wpxi.txt')).toEqual(['area', 'count peopl', 'area & count peopl']);
  });

  it('finds other spellings of a name by its consonants', () => {
    const index = new MatchIndex();
    index.setArticle('x.txt', 'Prime Minister Pashinian met Aliev in Baku.');
    expect(index.spellingsOf('pashinyan')).toEqual(['pashinian']);
  });

  it('groups copies of one wire story as near-duplicates, and not articles on the same story', () => {
    const index = indexOf(FILES);
    const story = read('d02-yahoo-ap.txt');
    index.setArticle('copy.txt', `Advertisement\n${story}\nRead more on our site.`);
    expect(index.nearDuplicatesOf('d02-yahoo-ap.txt')).toEqual(['copy.txt']);
    expect(index.nearDuplicateGroups()).toEqual([['copy.txt', 'd02-yahoo-ap.txt']]);
    expect(index.nearDuplicatesOf('a01-wpxi.txt')).toEqual([]);
  });

  it('reaches the articles of one story through their neighbours, and lends an article of another story nothing', () => {
    // Fifteen reports of the Myanmar earthquake: each names its own towns and officials, so many pairs look unalike.
    const quake = Array.from({ length: 15 }, (_, i) => readdirNews().find((f) => f.startsWith(`j${String(i + 1).padStart(2, '0')}-`)) as string);
    const summit = 'a01-wpxi.txt';
    const index = indexOf([...quake, summit]);
    const id = (file: string) => index.article(file)?.id as number;
    const story = (a: string, b: string) => index.storySimilaritiesTo(id(a))[id(b)] as number;
    const pairs = quake.flatMap((a) => quake.filter((b) => b !== a).map((b) => [a, b] as const));
    const apartDirectly = pairs.filter(([a, b]) => index.articleSimilarity(a, b) < SAME_STORY).length;
    const apartThroughNeighbours = pairs.filter(([a, b]) => story(a, b) < SAME_STORY).length;
    expect(apartDirectly).toBeGreaterThan(pairs.length / 3);
    expect(apartThroughNeighbours).toBeLessThan(apartDirectly * 0.7);
    expect(index.articleSimilarity('j02-socialobserver.txt', 'j13-monnews.txt')).toBeLessThan(SAME_STORY);
    expect(story('j02-socialobserver.txt', 'j13-monnews.txt')).toBeGreaterThanOrEqual(SAME_STORY);
    for (const [a, b] of pairs) expect(story(a, b)).toBeGreaterThanOrEqual(index.articleSimilarity(a, b));
    for (const report of quake) {
      expect(story(summit, report)).toBeLessThan(SAME_STORY);
      expect(story(report, summit)).toBeLessThan(SAME_STORY);
    }
    // So the story rule calls the other report's telling of the claim likely, though the two share few names.
    const { candidates } = elsewhere(index, { file: 'j02-socialobserver.txt', text: 'A powerful 7.7 magnitude earthquake struck central Myanmar on Friday, shaking buildings and disrupting lives across several countries.' });
    const counterpart = read('j13-monnews.txt').indexOf('A powerful earthquake measuring 7.7 on the Richter scale struck central Myanmar');
    expect(candidates.find((c) => c.file === 'j13-monnews.txt' && c.start === counterpart)?.likely).toBe(true);
  });

  it('puts on one story the reports that are alike to the same reports, though they share few names, and no report of another story (story S)', () => {
    // Fifteen reports of the Key Bridge collapse, each told from its own end (the ship, the workers, the port), with
    // fifteen of the CrowdStrike outage and five of the Armenia–Azerbaijan summit.
    const story = (letter: string) => readdirNews().filter((f) => f.startsWith(letter) && /^[a-z]\d\d-/u.test(f));
    const bridge = story('s');
    const others = [...story('t'), ...story('a').slice(0, 5)];
    const index = indexOf([...bridge, ...others]);
    const id = (file: string) => index.article(file)?.id as number;
    const alike = (a: string, b: string) => index.storySimilaritiesTo(id(a))[id(b)] as number;
    const pairs = bridge.flatMap((a) => bridge.filter((b) => b !== a).map((b) => [a, b] as const));
    // Raised to the bar by their shared neighbours alone: the value is the bar itself.
    const raised = pairs.filter(([a, b]) => alike(a, b) === ON_ONE_STORY);
    expect(raised.length).toBeGreaterThan(pairs.length / 3);
    expect(pairs.filter(([a, b]) => alike(a, b) >= ON_ONE_STORY).length).toBeGreaterThan(pairs.length * 0.9);
    for (const [a, b] of raised) expect(index.articleSimilarity(a, b)).toBeLessThan(ON_ONE_STORY);
    // Each of the others has its own story's reports nearest: none of them is on the bridge's story.
    for (const a of bridge) {
      for (const b of others) {
        expect(alike(a, b)).toBeLessThan(ON_ONE_STORY);
        expect(alike(b, a)).toBeLessThan(ON_ONE_STORY);
      }
    }
    // AP's first report and the Straits Times' on the port pilots share few names, and are one story.
    expect(index.articleSimilarity('s01-wsvn.txt', 's11-straitstimes.txt')).toBeLessThan(0.2);
    expect(alike('s01-wsvn.txt', 's11-straitstimes.txt')).toBe(ON_ONE_STORY);
  });

  it('keeps the neighbourhoods of two small stories of one vocabulary apart (stories B and C)', () => {
    // Eight reports of the DRC–Rwanda deal and six of the Trump–Putin summit: White House, Trump and Rubio in both.
    const story = (letter: string) => readdirNews().filter((f) => f.startsWith(letter) && /^[a-z]\d\d-/u.test(f));
    const [deal, summit] = [story('b'), story('c')];
    const index = indexOf([...deal, ...summit]);
    const id = (file: string) => index.article(file)?.id as number;
    for (const a of deal) {
      for (const b of summit) {
        expect(index.storySimilaritiesTo(id(a))[id(b)]).toBeLessThan(ON_ONE_STORY);
        expect(index.storySimilaritiesTo(id(b))[id(a)]).toBeLessThan(ON_ONE_STORY);
      }
    }
  });

  it('finds the articles of one story as alike in a set of that story alone as among other stories', () => {
    // Fifteen reports of the Lisbon funicular crash (story R), alone and with the reports of four other stories.
    const story = (letter: string) => readdirNews().filter((f) => f.startsWith(letter) && /^[a-z]\d\d-/u.test(f));
    const crash = story('r');
    const median = (index: MatchIndex) => {
      const values = crash.flatMap((a) => crash.filter((b) => b !== a).map((b) => index.articleSimilarity(a, b))).sort((x, y) => x - y);
      return values[Math.floor(values.length / 2)] as number;
    };
    const alone = median(indexOf(crash));
    const mixed = median(indexOf([...crash, ...story('j'), ...story('m'), ...story('o'), ...story('q')]));
    expect(crash).toHaveLength(15);
    expect(alone).toBeGreaterThan(mixed * 0.9);
  });

  it('sets an article in another language aside', () => {
    const index = new MatchIndex();
    index.setArticle('de.txt', read('../articles/x01-dasdeutscheblatt-de.txt'));
    expect(index.article('de.txt')?.english).toBe(false);
    expect(index.passages).toBe(0);
  });
});
