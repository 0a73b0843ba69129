import type { Tag } from './codebook';

/**
 * The codebook the built-in seed set starts with, so a first-time user sees
 * tag buttons at once. It is written to the seed set's `annotation-set.json`
 * on first launch only; afterwards the file is the user's.
 */
export const SEED_SET_NAME = 'Armenia–Azerbaijan peace process';

export const STARTER_TAGS: readonly Tag[] = [
  { label: 'Peace deal', color: '#f6c85f', description: 'Claims about the agreement itself: terms, timing, signing.' },
  { label: 'U.S. role', color: '#7ec8e3', description: 'What Washington does or intends in the process.' },
  { label: 'Russia', color: '#f4a582', description: "Moscow's position, influence or absence." },
  { label: 'Transit corridor', color: '#9ad0a4', description: 'Zangezur corridor, transport routes, unblocking.' },
];
