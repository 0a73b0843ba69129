/**
 * The built-in seed articles' details, as an analyst enters them under *Edit
 * details* from what each text shows. The first launch writes them into each
 * article's sidecar (node/seed-set.ts); the article files stay byte for byte.
 *
 * - 000 ends "Farhad Mammadov / Translated from haqqin.az": author and outlet.
 * - 003 says "As exclusively reported by Euronews" and is dated "Aug 6, 2025";
 *   its headline is under the page furniture at the top.
 * - 004 has a headline and is dated "06.08.2025" (6 August: it announces an
 *   8 August meeting).
 * - 000, 001 and 002 show no headline: their titles are the analyst's
 *   working titles; 001 and 002 show no outlet, author or date either, so
 *   those stay unset rather than guessed.
 */
export interface ArticleDetails {
  title: string;
  /** The outlet. */
  source?: string;
  author?: string;
  /** As the text gives it: ISO 8601, day precision. */
  published?: string;
}

export const SEED_DETAILS: Readonly<Record<string, ArticleDetails>> = {
  '000_5070c6c1e48426b5.txt': { title: 'Rubio’s optimism ahead of the Abu Dhabi meeting', source: 'haqqin.az', author: 'Farhad Mammadov' },
  '001_d1768d0c86569b34.txt': { title: 'Abu Dhabi meeting ends stalemate' },
  '002_629f6f8c301c9278.txt': { title: 'Moscow sidelined: a U.S. opening' },
  '003_8d5387ac8c00ce0b.txt': { title: 'Historic peace agreement between Armenia and Azerbaijan might be signed in the US', source: 'Euronews', published: '2025-08-06' },
  '004_f5d7da63b06ad7bc.txt': {
    title: 'Washington Prepares Meeting of Armenian and Azerbaijani Leaders: A Peace Breakthrough Amidst New U.S. Strategy',
    published: '2025-08-06',
  },
};
