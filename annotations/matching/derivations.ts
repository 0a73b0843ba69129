/**
 * A noun in -y and its adjective in -ic read as one word: "economy" and
 * "economic", "strategy" and "strategic", "diplomacy" and "diplomatic".
 * The Porter stemmer leaves the two apart ("economi", "econom"), and news
 * reports of one event use either ("cooperation in … the economy",
 * "bilateral economic deals"). Only the endings where the -ic form is the
 * adjective of the -y noun (-omy/-omic, -egy/-egic, -acy/-atic) are read:
 * dropping the -y of any word would join "policy" and "police", "party"
 * and "part".
 */
const DERIVATIONS: [RegExp, string][] = [
  [/^(.{3,}(?:om|eg))(?:y|ies)$/u, '$1ic'],
  [/^(.{3,})ac(?:y|ies)$/u, '$1atic'],
];

/** The -ic adjective of a folded -y noun of those endings, else the word itself. */
export function adjectiveForm(word: string): string {
  for (const [pattern, replacement] of DERIVATIONS) if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}
