/**
 * The match index of an open set, built from the set store: every article's
 * text read once, then kept in step one article at a time (`refresh` when an
 * article is added or changed on disk, `remove` when it goes). The index
 * lives in memory only; nothing of it is written to the set.
 */
import { MatchIndex } from '../matching/index';
import type { SetStore } from './set-store';

export interface IndexProblem {
  file: string;
  message: string;
}

export class SetMatchIndex {
  readonly index = new MatchIndex();
  readonly problems: IndexProblem[] = [];

  private constructor(private readonly store: SetStore) {}

  /** Reads every article of the set into a new index; an article that cannot be read is a problem, not a failure. */
  static async build(store: SetStore): Promise<SetMatchIndex> {
    const built = new SetMatchIndex(store);
    for (const file of await store.listArticleFiles()) await built.refresh(file);
    return built;
  }

  /** Reads the article again (added or changed); if it cannot be read it leaves the index. */
  async refresh(file: string): Promise<void> {
    try {
      const { text } = await this.store.readArticle(file);
      this.index.setArticle(file, text);
    } catch (error) {
      this.index.removeArticle(file);
      this.problems.push({ file, message: error instanceof Error ? error.message : String(error) });
    }
  }

  remove(file: string): void {
    this.index.removeArticle(file);
  }
}
