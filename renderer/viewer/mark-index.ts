/**
 * Which Lexical MarkNodes (by runtime NodeKey) show which annotation. One
 * highlight across paragraphs, or cut by an overlap, becomes several marks
 * with the same id. NodeKeys live only as long as the editor: never persisted.
 */
export class MarkIndex {
  private readonly idsByKey = new Map<string, readonly string[]>();
  private readonly keysById = new Map<string, Set<string>>();

  set(key: string, ids: readonly string[]): void {
    this.delete(key);
    this.idsByKey.set(key, ids);
    for (const id of ids) {
      let keys = this.keysById.get(id);
      if (!keys) this.keysById.set(id, (keys = new Set()));
      keys.add(key);
    }
  }

  delete(key: string): void {
    for (const id of this.idsByKey.get(key) ?? []) this.keysById.get(id)?.delete(key);
    this.idsByKey.delete(key);
  }

  idsOf(key: string): readonly string[] {
    return this.idsByKey.get(key) ?? [];
  }

  keysOf(id: string): string[] {
    return [...(this.keysById.get(id) ?? [])];
  }

  allKeys(): string[] {
    return [...this.idsByKey.keys()];
  }
}
