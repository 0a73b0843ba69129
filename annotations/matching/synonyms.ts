/**
 * Words news reports use for one another when they retell the same event:
 * an agreement is a deal, an accord, a treaty; a country regains, reclaims
 * or retakes a region. Each group is one term for matching. General news
 * vocabulary only, no story's own words; a group joins words that can
 * stand for one another in a report, not words that are merely related.
 */
import { stemOf } from './tokens';

const GROUPS: string[][] = [
  ['agreement', 'deal', 'accord', 'treaty', 'pact'],
  ['sign', 'ink'],
  ['summit', 'meeting'],
  ['soon', 'imminent', 'shortly'],
  ['demand', 'insist', 'request', 'require'],
  ['change', 'amend', 'revise', 'modify'],
  ['remove', 'drop', 'delete', 'eliminate'],
  ['fear', 'worry'],
  ['threaten', 'compromise', 'endanger', 'undermine'],
  ['arrest', 'detain'],
  ['offer', 'propose', 'suggest'],
  ['manage', 'operate', 'run'],
  ['company', 'firm'],
  ['regain', 'reclaim', 'recapture', 'retake'],
  ['offensive', 'assault', 'campaign'],
  ['full', 'complete', 'entire'],
  ['mediate', 'broker', 'facilitate'],
  ['war', 'conflict', 'fighting', 'fight', 'fought', 'hostilities', 'clashes'],
  ['deserve', 'worthy', 'merit'],
  ['nation', 'country'],
  ['corridor', 'route'],
  ['rail', 'railway', 'railroad'],
  ['withdraw', 'pull'],
  ['kill', 'die', 'died', 'dying', 'dead'],
  ['injure', 'injury', 'wound'],
  ['displace', 'flee', 'evacuate', 'uproot'],
  ['connect', 'link'],
  ['exclave', 'enclave'],
  ['ceasefire', 'truce', 'armistice'],
  ['explosion', 'blast'],
  ['nobel', 'nobel peace prize'],
];

const KEY = new Map<string, string>();
for (const group of GROUPS) {
  const key = '~' + stemOf(group[0] as string);
  for (const word of group) KEY.set(stemOf(word), key);
}

/** The term of a stem: its group's key, or the stem itself. */
export function synonymOf(stem: string): string {
  return KEY.get(stem) ?? stem;
}
