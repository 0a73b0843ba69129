import { describe, expect, it } from 'vitest';
import { createAnnotation, type Annotation } from '../model/annotation';
import { directLinkBetween, LinkGraph, type SetAnnotation } from './link-groups';

function claim(id: string, links: Record<string, unknown> = {}): Annotation {
  const base = createAnnotation({
    id,
    now: '2025-01-01T00:00:00.000Z',
    source: `${id}.txt`,
    quote: { type: 'TextQuoteSelector', exact: `Quote ${id}` },
    position: { type: 'TextPositionSelector', start: 0, end: 7 },
    tags: ['T'],
  });
  return { ...base, ...links };
}

function placed(...annotations: Annotation[]): SetAnnotation[] {
  return annotations.map((annotation) => ({ file: annotation.target.source, annotation, start: 0, end: 7 }));
}

const sides = (graph: LinkGraph, id: string) => Object.fromEntries(graph.groupOf(id)?.members.map((m) => [m.annotation.id, m.side]) ?? []);

describe('LinkGraph', () => {
  it('joins claims linked in either direction, whichever side stores the link, and ignores ids the set does not hold', () => {
    const graph = new LinkGraph(placed(claim('a', { 'ra:sameClaimAs': ['b', 'ghost'] }), claim('b'), claim('c', { 'ra:sameClaimAs': ['b'] }), claim('d')));
    expect(graph.groups().map((g) => g.members.map((m) => m.annotation.id))).toEqual([['a', 'b', 'c']]);
    expect(graph.groupOf('d')).toBeUndefined();
    expect(graph.groupOf('ghost')).toBeUndefined();
  });

  it('puts a passage that disputes the claim on the other side, and what is the same as it with it', () => {
    // b disputes a; c is the same as b; d is the same as a.
    const graph = new LinkGraph(
      placed(claim('a', { 'ra:disputedBy': ['b'] }), claim('b', { 'ra:disputes': ['a'] }), claim('c', { 'ra:sameClaimAs': ['b'] }), claim('d', { 'ra:sameClaimAs': ['a'] })),
    );
    expect(sides(graph, 'c')).toEqual({ a: 'claim', b: 'disputing', c: 'disputing', d: 'claim' });
  });

  it('takes the disputed passage as the claim even when the group starts with the one disputing it', () => {
    const graph = new LinkGraph(placed(claim('x', { 'ra:disputes': ['y'] }), claim('y')));
    expect(sides(graph, 'x')).toEqual({ x: 'disputing', y: 'claim' });
    // Stored only on the disputed side.
    expect(sides(new LinkGraph(placed(claim('x'), claim('y', { 'ra:disputedBy': ['x'] }))), 'x')).toEqual({ x: 'disputing', y: 'claim' });
  });

  it('keeps the side met first when hand-written links contradict each other, without failing', () => {
    const graph = new LinkGraph(placed(claim('a', { 'ra:sameClaimAs': ['b'], 'ra:disputes': ['b'] }), claim('b')));
    expect(graph.groupOf('a')?.members).toHaveLength(2);
  });
});

describe('directLinkBetween', () => {
  it('names the link from the first one’s point of view, whichever side stores it', () => {
    const a = claim('a', { 'ra:disputes': ['b'] });
    const b = claim('b');
    expect(directLinkBetween(a, b)).toBe('disputes');
    expect(directLinkBetween(b, a)).toBe('disputedBy');
    expect(directLinkBetween(claim('c', { 'ra:sameClaimAs': ['d'] }), claim('d'))).toBe('same');
    expect(directLinkBetween(claim('d'), claim('c', { 'ra:sameClaimAs': ['d'] }))).toBe('same');
    expect(directLinkBetween(claim('e'), claim('f'))).toBeUndefined();
  });
});
