import { describe, expect, it } from 'vitest';
import { baseForm } from './irregular-verbs';
import { termsOf } from './terms';
import { tokenize } from './tokens';

const terms = (text: string) => termsOf(text).map((t) => t.term);

describe('baseForm', () => {
  it('reads an irregular past form as its base, and leaves other words alone', () => {
    expect(baseForm('met')).toBe('meet');
    expect(baseForm('fought')).toBe('fight');
    expect(baseForm('struck')).toBe('strike');
    expect(baseForm('signed')).toBe('signed');
    expect(baseForm('peace')).toBe('peace');
  });

  it('leaves out forms that are also words of another meaning', () => {
    for (const word of ['left', 'found', 'saw', 'rose', 'lay', 'bound', 'ground', 'wound', 'bore']) expect(baseForm(word)).toBe(word);
  });

  it('lets reports in different tenses share a term', () => {
    expect(terms('the leaders met')).toEqual(terms('the leaders meet'));
    expect(terms('they fought for decades')).toEqual(terms('the fighting for decades'));
    expect(tokenize('Met').map((t) => t.stem)).toEqual(tokenize('meets').map((t) => t.stem));
  });
});
