/**
 * The words by which a report credits a body with what it says: a verb of
 * saying or estimating after it ("the U.S. Geological Survey said",
 * "AccuWeather estimated"), or a word for what it gave ("AccuWeather’s
 * initial estimate", "a statement by the Lisbon Fire Department"), and
 * the words that make a name a body's. Read by bodies.ts, attributions.ts
 * and speakers.ts, and by difference-label.ts, which the renderer runs too,
 * so this module imports nothing.
 */
export const CREDITING_VERBS =
  'said|says|reported|reports|announced|announces|estimated|estimates|forecast|forecasts|predicted|warned|warns|confirmed|confirms|stated|issued|calculated|pegged|cited|declared';

export const STATEMENTS = 'estimate|estimates|assessment|assessments|report|reports|statement|data|figures|findings|forecast|forecasts|tally|count';

/** The word of a body's name that makes capitalized words a body, not a person or a place: "the Coast Guard", "the Investigative Committee of Russia". */
export const HEADS = [
  'agency', 'ministry', 'department', 'office', 'service', 'survey', 'center', 'centre', 'commission', 'council', 'authority', 'police', 'guard',
  'bureau', 'institute', 'administration', 'board', 'company', 'corporation', 'group', 'association', 'organization', 'organisation', 'committee',
  'observatory', 'network', 'foundation', 'bank', 'operator', 'government',
];
