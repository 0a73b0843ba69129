/**
 * Verbs that report speech, as news writes them after a speaker: "said",
 * "announced", "wrote", "echoed". Read by the speaker of a passage
 * (speakers.ts) and by the sentence breaks (sentences.ts), where a quote
 * ending in "?" or "!" goes on to say who said it.
 */
export const SAYING =
  'said|says|announced|announces|told|tells|stated|states|confirmed|confirms|declared|declares|wrote|writes|posted|posts|tweeted|claimed|claims|insisted|insists|added|' +
  'noted|notes|warned|warns|stressed|stresses|explained|explains|argued|argues|acknowledged|asserted|emphasised|emphasized|echoed|remarked|replied|responded|revealed|reiterated|reiterates|affirmed|maintained|maintains';
