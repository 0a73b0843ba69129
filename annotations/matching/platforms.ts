/**
 * Where a statement was posted, when a passage names a social platform
 * ("wrote on Truth Social", "posted on X", "Taking to X"): reports of one
 * statement that name different platforms disagree on where it was made.
 * X and Twitter are one platform. "X" and "Threads" are platforms only after
 * "on", "to" or "via" ("on X", "on X-social media platform"), never a
 * letter or a word of a sentence. A broadcaster after "on" is where a
 * statement was made too ("on Geo News").
 */
export interface PlatformMention {
  start: number;
  end: number;
  text: string;
  /** The platform, one key for all its names ("twitter" for X). */
  platform: string;
}

const NAMED: Record<string, string> = {
  'Truth Social': 'truth social',
  Twitter: 'twitter',
  Facebook: 'facebook',
  Instagram: 'instagram',
  Telegram: 'telegram',
  TikTok: 'tiktok',
  YouTube: 'youtube',
  WhatsApp: 'whatsapp',
  Bluesky: 'bluesky',
  Weibo: 'weibo',
  WeChat: 'wechat',
  LinkedIn: 'linkedin',
  Reddit: 'reddit',
};

/** Names that are platforms only after a preposition of posting. */
const AFTER_PREPOSITION: Record<string, string> = { X: 'twitter', Threads: 'threads' };

/** Words that may follow a platform's name after a hyphen ("on X-social media platform"), where an X-ray may not. */
const DESCRIBED = '(?:social|platform|handle|account|post)';

/**
 * A broadcaster a statement was made on: capitalized words ending in News,
 * TV, Television or Radio after "on" ("announced the truce on Geo News",
 * "said on Sky News", "on state TV"); the name is the key.
 */
const BROADCASTER = "(?<=\\bon\\s+)(?:state\\s+|\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:News|TV|Television|Radio)\\b";

const PLATFORM = new RegExp(
  `\\b(?:${Object.keys(NAMED).join('|')})\\b|(?<=\\b(?:on|to|via)\\s+)(?:${Object.keys(AFTER_PREPOSITION).join('|')})(?![\\p{L}\\p{N}]|-(?!${DESCRIBED})\\b)|${BROADCASTER}`,
  'gu',
);

export function platformsIn(text: string): PlatformMention[] {
  const found: PlatformMention[] = [];
  for (const m of text.matchAll(PLATFORM)) {
    const platform = NAMED[m[0]] ?? AFTER_PREPOSITION[m[0]] ?? m[0].toLowerCase().replace(/\s+/gu, ' ');
    if (platform) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], platform });
  }
  return found;
}
