/**
 * British spellings read as American ones ("normalise", "fibre", "honour",
 * "defence"), before stemming: outlets on two sides of the Atlantic write
 * the same words differently, and nothing else about them differs.
 */
const SPELLINGS: [RegExp, string][] = [
  [/^(.{3,})is(e|ed|es|ing|ation|ations)$/u, '$1iz$2'],
  [/^(.{3,}[^aeiou])our(s|ed|ing)?$/u, '$1or$2'],
  [/^(.{2,}[tb])re(s)?$/u, '$1er$2'],
  [/^(defen|offen|licen)ce(s)?$/u, '$1se$2'],
  // A building's floors: "a 30-storey tower" / "a 33-story tower".
  [/^storey$/u, 'story'],
  [/^storeys$/u, 'stories'],
];

/** The American spelling of a folded word, where the British one differs only in spelling. */
export function americanSpelling(word: string): string {
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}
