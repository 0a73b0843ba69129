import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationView, ArticleView, TagView } from '../../annotations/api/view-types';
import { ArticleStore, type ArticleChange } from './article-store';

const TAGS: TagView[] = [{ label: 'Peace deal', color: '#f6c85f' }];

function annotation(id: string, start: number | null, created = '2025-01-01T00:00:00.000Z', more: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id,
    start,
    end: start === null ? null : start + 5,
    exact: 'words',
    tags: ['Peace deal'],
    note: '',
    status: start === null ? 'orphan' : 'exact',
    sameClaimAs: [],
    created,
    modified: created,
    ...more,
  };
}

function article(annotations: AnnotationView[], tags = TAGS): ArticleView {
  return { file: 'a.txt', title: 'A', text: 'x'.repeat(200), annotations, tags };
}

/** The store and every change it announced. */
function watched(): { store: ArticleStore; changes: ArticleChange[] } {
  const store = new ArticleStore();
  const changes: ArticleChange[] = [];
  store.subscribe((change) => changes.push(change));
  return { store, changes };
}

const ids = (store: ArticleStore) => store.getState().annotations.map((a) => a.id);

describe('ArticleStore', () => {
  it('holds a loaded article with its annotations in text order, orphans last in the order they were made', () => {
    const { store, changes } = watched();
    store.load(article([annotation('c', 50), annotation('o2', null, '2025-01-03T00:00:00.000Z'), annotation('a', 10), annotation('o1', null), annotation('b', 10, '2025-01-02T00:00:00.000Z')]));
    expect(ids(store)).toEqual(['a', 'b', 'c', 'o1', 'o2']);
    expect(store.getState().article?.file).toBe('a.txt');
    expect(store.getState().tags).toEqual(TAGS);
    expect(store.annotation('b')?.start).toBe(10);
    expect(changes).toEqual([{ kind: 'loaded' }]);
  });

  it('tells what each change did, with the annotation before an update', () => {
    const { store, changes } = watched();
    store.load(article([annotation('a', 10)]));
    const added = annotation('b', 40);
    store.add(added);
    const before = store.annotation('a')!;
    const noted = { ...before, note: 'Compare with B.' };
    store.update(noted);
    store.remove('b');
    expect(changes.slice(1)).toEqual([
      { kind: 'added', annotation: added },
      { kind: 'updated', before, annotation: noted },
      { kind: 'removed', annotation: added },
    ]);
    expect(store.annotation('a')?.note).toBe('Compare with B.');
    expect(store.annotation('b')).toBeUndefined();
  });

  it('ignores an update or a removal of an annotation it does not hold (one of another article)', () => {
    const { store, changes } = watched();
    store.load(article([annotation('a', 10)]));
    const state = store.getState();
    store.update(annotation('elsewhere', 3));
    store.remove('elsewhere');
    expect(store.getState()).toBe(state);
    expect(changes).toHaveLength(1);
  });

  it('announces tags only when they changed: the same codebook comes back with every tagging', () => {
    const { store, changes } = watched();
    store.setTags(TAGS);
    store.setTags(TAGS.map((t) => ({ ...t })));
    const renamed = [{ ...TAGS[0]!, label: 'Peace agreement' }];
    store.setTags(renamed);
    expect(changes).toEqual([{ kind: 'tags' }, { kind: 'tags' }]);
    expect(store.getState().tags).toEqual(renamed);
  });

  it('keeps the tags when the article is cleared (none could be read), and the state is a new object after each change', () => {
    const { store } = watched();
    store.load(article([annotation('a', 10)]));
    const loaded = store.getState();
    store.clear();
    expect(store.getState()).not.toBe(loaded);
    expect(store.getState()).toEqual({ article: null, annotations: [], tags: TAGS, unconfirmed: new Map() });
    expect(store.annotation('a')).toBeUndefined();
  });

  it('keeps highlights not confirmed yet when the same text is read again, and only then', () => {
    const { store } = watched();
    store.load(article([annotation('a', 10)]));
    store.add(annotation('unconfirmed:1', 5));
    store.setSaveState('unconfirmed:1', { kind: 'failed', reason: 'refused' });
    store.load(article([annotation('a', 10)]));
    expect(store.getState().annotations.map((a) => a.id)).toEqual(['unconfirmed:1', 'a']);
    expect(store.saveStateOf('unconfirmed:1')).toEqual({ kind: 'failed', reason: 'refused' });
    // Removed, it takes its state with it.
    store.remove('unconfirmed:1');
    expect(store.getState().unconfirmed.size).toBe(0);
    store.add(annotation('unconfirmed:2', 5));
    store.setSaveState('unconfirmed:2', { kind: 'saving' });
    // Another text: its offsets mean nothing there.
    const other = article([annotation('a', 10)]);
    store.load({ ...other, text: other.text + ' changed' });
    expect(store.getState().annotations.map((a) => a.id)).toEqual(['a']);
    expect(store.saveStateOf('unconfirmed:2')).toBeUndefined();
  });

  it('keeps the annotations in text order after any sequence of additions, updates and removals', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), start: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), day: fc.integer({ min: 1, max: 28 }) }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), start: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const store = new ArticleStore();
        store.load(article([]));
        let next = 0;
        for (const o of ops) {
          const held = store.getState().annotations;
          if (o.kind === 'add') store.add(annotation(`n${next++}`, o.start, `2025-01-${String(o.day).padStart(2, '0')}T00:00:00.000Z`));
          else if (held.length > 0 && o.kind === 'remove') store.remove(held[o.pick % held.length]!.id);
          else if (held.length > 0 && o.kind === 'move') {
            // Re-attached, or an edge moved by a word: an update with a new place.
            const target = held[o.pick % held.length]!;
            store.update({ ...target, start: o.start, end: o.start + 5, status: 'exact' });
          }
        }
        const list = store.getState().annotations;
        const order = (a: AnnotationView, b: AnnotationView) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.created.localeCompare(b.created);
        expect(list.map((a) => a.id)).toEqual([...list].sort(order).map((a) => a.id));
        for (const a of list) expect(store.annotation(a.id)).toBe(a);
      }),
    );
  });
});
