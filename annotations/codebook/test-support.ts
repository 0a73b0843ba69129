/** Shared by the codebook tests (never imported by app code). */
import { createAnnotation, type Annotation } from '../model/annotation';
import type { Tag } from '../model/codebook';

export const NOW = '2025-08-07T10:20:30.000Z';

export const tag = (label: string, extra: Partial<Tag> = {}): Tag => ({ label, color: '#f6c85f', ...extra });

export function annotated(id: string, tags: string[], note?: string): Annotation {
  return createAnnotation({
    id,
    now: '2025-01-01T00:00:00.000Z',
    source: 'a.txt',
    quote: { type: 'TextQuoteSelector', exact: 'quote' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    tags,
    ...(note ? { note } : {}),
  });
}
