import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { clauseOf, isClause } from './clauses';
import { elsewhere } from './elsewhere';
import { MatchIndex } from './index';


// Story AF's reports (af01, af02), their sentences as the pages give them.
const AF01 = 'India made history on Wednesday when its moon mission Chandrayaan-3 landed on the lunar surface.\n\nThe Rs 600 crore Chandrayaan-3 mission was launched on July 14 on board Launch Vehicle Mark-III (LVM-3) rocket, and took 41 days to reach its destination.\n';
const AF02 = 'India achieved a historic milestone on Wednesday.\n\nThe Rs 615 crore moon mission was launched on July 14 onboard Launch Vehicle Mark-III (LVM-3) rocket, for a 41-day voyage to reach near the lunar south pole.\n';

function index(): MatchIndex {
  const built = new MatchIndex();
  built.setArticle('af01.txt', AF01);
  built.setArticle('af02.txt', AF02);
  return built;
}

const textOf = (article: string, c: { start: number; end: number }) => new CodePointIndex(article).slice(c.start, c.end);

describe('clauses', () => {
  it('answers a claim tagged as a clause with the clause of each sentence that says most of it (story AF)', () => {
    const [best] = elsewhere(index(), { file: 'af01.txt', text: 'took 41 days to reach its destination' }).candidates.filter((c) => c.file === 'af02.txt');
    expect(textOf(AF02, best!)).toBe('for a 41-day voyage to reach near the lunar south pole.');
    // Why it was suggested: what the clause shares with the claim, not the rest of its sentence ("launched", "July").
    expect(best!.shared.length).toBeGreaterThan(0);
    for (const term of best!.shared) expect(['41', 'reach', 'dai']).toContain(term);
  });

  it('says why a clause was suggested by what the clause shares with the claim, not the rest of its sentence (story AF)', () => {
    const af01 = 'Indian Space Research Organisation (ISRO) celebrated the occasion with a post on X (formerly Twitter) at 6.04pm - the exact time when Vikram lander touched down at the Moon\'s South Pole.\n';
    const af02 = 'The LM comprising the lander (Vikram) and the rover (Pragyan), made a touch down near the south polar region of the Moon at 6:04 pm on Wednesday.\n';
    const built = new MatchIndex();
    built.setArticle('af01.txt', af01);
    built.setArticle('af02.txt', af02);
    const [best] = elsewhere(built, { file: 'af01.txt', text: 'at 6.04pm - the exact time when Vikram lander touched down at the Moon\'s South Pole' }).candidates;
    expect(textOf(af02, best!)).toBe('made a touch down near the south polar region of the Moon at 6:04 pm on Wednesday.');
    expect(best!.shared).not.toContain('vikram');
    expect(best!.shared).not.toContain('lander');
    expect(best!.shared).toContain('touch');
  });

  it('keeps whole sentences for a claim over most of its sentence', () => {
    const claim = 'The Rs 600 crore Chandrayaan-3 mission was launched on July 14 on board Launch Vehicle Mark-III (LVM-3) rocket, and took 41 days to reach its destination.';
    const [best] = elsewhere(index(), { file: 'af01.txt', text: claim }).candidates.filter((c) => c.file === 'af02.txt');
    expect(textOf(AF02, best!)).toBe('The Rs 615 crore moon mission was launched on July 14 onboard Launch Vehicle Mark-III (LVM-3) rocket, for a 41-day voyage to reach near the lunar south pole.');
  });

  it('takes the run of pieces whose terms weigh most, the shorter of two that weigh as much, and no piece too short to say anything', () => {
    const text = 'Officials said, after a long night, that the corridor will open; the road stays shut.';
    const at = (word: string) => ({ id: word.length, start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const corridor = at('corridor');
    const open = { ...at('open'), id: 99 };
    const weights = new Map([[corridor.id, 2], [open.id, 1]]);
    expect(clauseOf(text, 0, [corridor, open], weights)).toEqual({ start: text.indexOf('that the corridor'), end: text.indexOf('; the road') });
    // Offsets in the article: the passage's own offset is added.
    expect(clauseOf(text, 100, [{ ...corridor, start: corridor.start + 100, end: corridor.end + 100 }], weights)).toEqual({ start: 100 + text.indexOf('that the corridor'), end: 100 + text.indexOf('; the road') });
    expect(clauseOf(text, 0, [], weights)).toBeUndefined();
    expect(clauseOf('Yes, no.', 0, [{ id: corridor.id, start: 0, end: 3 }], weights)).toBeUndefined();
  });

  it('reads a claim as a clause when it is under half its sentence', () => {
    expect(isClause(30, 100)).toBe(true);
    expect(isClause(60, 100)).toBe(false);
  });
});
