/**
 * Which Lexical MarkNodes (by runtime NodeKey) show which annotation. One
 * highlight across paragraphs, or cut by an overlap, becomes several marks
 * with the same id. NodeKeys live only as long as the editor: never persisted.
 *
 * Most annotations have one mark and most marks one annotation, so each side
 * holds a bare string until it has more: a Set per id and an array per mark
 * weighed on the heap of a heavily annotated article (bench/ui, heap-1mb-5k-mb).
 */
export class MarkIndex {
  private readonly idsByKey = new Map<string, string | readonly string[]>();
  private readonly keysById = new Map<string, string | string[]>();

  set(key: string, ids: readonly string[]): void {
    this.delete(key);
    this.idsByKey.set(key, ids.length === 1 ? ids[0]! : ids);
    for (const id of ids) {
      const keys = this.keysById.get(id);
      if (keys === undefined) this.keysById.set(id, key);
      else if (typeof keys === 'string') this.keysById.set(id, keys === key ? key : [keys, key]);
      else if (!keys.includes(key)) keys.push(key);
    }
  }

  delete(key: string): void {
    for (const id of this.idsOf(key)) {
      const keys = this.keysById.get(id);
      if (keys === key) this.keysById.delete(id);
      else if (Array.isArray(keys)) {
        const rest = keys.filter((k) => k !== key);
        if (rest.length === 1) this.keysById.set(id, rest[0]!);
        else this.keysById.set(id, rest);
      }
    }
    this.idsByKey.delete(key);
  }

  idsOf(key: string): readonly string[] {
    const ids = this.idsByKey.get(key);
    return ids === undefined ? [] : typeof ids === 'string' ? [ids] : ids;
  }

  keysOf(id: string): string[] {
    const keys = this.keysById.get(id);
    return keys === undefined ? [] : typeof keys === 'string' ? [keys] : [...keys];
  }

  allKeys(): string[] {
    return [...this.idsByKey.keys()];
  }
}
