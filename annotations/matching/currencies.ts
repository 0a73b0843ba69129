/**
 * Currencies as news writes a sum: a word after it ("75 million dollars"),
 * a symbol before it ("$52bn", "€3m", "₹600 crore") or letters before it
 * ("Rs 600 crore", "Rs. 10 lakh", "INR 5,000", "USD 5 billion"), each as
 * its ISO code.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp', rupee: 'inr', rupees: 'inr' };

/** Letters that stand for a currency before a sum: no series of a thing ("Rs 600" is no "Boeing 787"; designations.ts). */
export const CURRENCY_LETTERS: readonly string[] = ['rs', 'inr', 'usd', 'eur', 'gbp'];

/** Signs before a sum, folded, the stop of "Rs." left out. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'usd', '€': 'eur', '£': 'gbp', '₹': 'inr', rs: 'inr', inr: 'inr', usd: 'usd', eur: 'eur', gbp: 'gbp' };

/** A sign before a sum, as a pattern's part (case is the pattern's). */
export const SIGN = '(?:[$€£₹]|\\b(?:Rs\\.?|INR|USD|EUR|GBP))';

/** A sign at the start of a numeral. */
export const SIGN_AT_START = /^(?:[$€£₹]|rs\.?|inr|usd|eur|gbp)/iu;
