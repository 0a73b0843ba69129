import { describe, expect, it } from 'vitest';
import { looksEnglish } from './language';
import { tokenize } from './tokens';

describe('looksEnglish', () => {
  it('reads English news as English', () => {
    expect(looksEnglish(tokenize('The leaders of Armenia and Azerbaijan shook hands at the White House on Friday as they joined the president to sign an agreement.'))).toBe(true);
  });

  it('does not read German or Hindi as English', () => {
    expect(looksEnglish(tokenize('Armenien und Aserbaidschan sollen an diesem Abend im Weißen Haus ein Rahmenabkommen unterzeichnen, das einen Landkorridor schafft.'))).toBe(false);
    expect(looksEnglish(tokenize('अज़रबैजान के राष्ट्रपति इल्हाम अलिएव और आर्मीनिया के प्रधानमंत्री निकोल पशिन्यान ने दशकों पुराना संघर्ष समाप्त करने के समझौते पर हस्ताक्षर किए हैं।'))).toBe(false);
  });

  it('does not judge a text too short to tell', () => {
    expect(looksEnglish(tokenize('Zangezur Corridor remains key'))).toBe(true);
  });
});
