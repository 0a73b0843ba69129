/**
 * Verbs that report speech, as news writes them after a speaker: "said",
 * "announced", "wrote", "echoed". Read by the speaker of a passage
 * (speakers.ts) and by the sentence breaks (sentences.ts), where a quote
 * ending in "?" or "!" goes on to say who said it.
 */
export const SAYING =
  'said|says|announced|announces|told|tells|stated|states|confirmed|confirms|declared|declares|wrote|writes|posted|posts|tweeted|claimed|claims|insisted|insists|added|' +
  'noted|notes|warned|warns|stressed|stresses|explained|explains|argued|argues|acknowledged|asserted|emphasised|emphasized|echoed|remarked|replied|responded|revealed|reiterated|reiterates|affirmed|maintained|maintains';

/** A statement made by posting it: "made a post", "took to X", "took to Truth Social", "took to social media". */
export const POSTING = 'made\\s+a\\s+post|took\\s+to\\s+(?:social\\s+media|\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)?)';
