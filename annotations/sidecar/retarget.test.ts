import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../model/annotation';
import { emptySidecar } from './schema';
import { retargetSidecar } from './retarget';

const at = (source: string, id: string) =>
  createAnnotation({
    id,
    now: '2025-01-01T00:00:00.000Z',
    source,
    quote: { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    tags: ['T'],
  });

describe('retargetSidecar', () => {
  it('names the new file in the article and in the targets that named the old one, and keeps everything else', () => {
    const sidecar = { ...emptySidecar('old.txt', 'f'.repeat(64)), article: { file: 'old.txt', sha256: 'f'.repeat(64), title: 'Kept', extra: 1 }, annotations: [at('old.txt', 'urn:a'), at('elsewhere.txt', 'urn:b')] };
    const moved = retargetSidecar(sidecar, 'old.txt', 'new.txt');
    expect(moved.article).toEqual({ file: 'new.txt', sha256: 'f'.repeat(64), title: 'Kept', extra: 1 });
    expect(moved.annotations.map((a) => [a.id, a.target.source, a.target.selector])).toEqual([
      ['urn:a', 'new.txt', sidecar.annotations[0]?.target.selector],
      ['urn:b', 'elsewhere.txt', sidecar.annotations[1]?.target.selector],
    ]);
    expect(sidecar.article.file).toBe('old.txt');
  });
});
