/**
 * Set-wide navigation calls (searchSet, listTagQuotes) on top of the article
 * cache. Folding an article's text is most of a search's cost, so the folded
 * text is kept per loaded article: a LoadedArticle is replaced when its file
 * is read again, which drops the stale fold with it.
 */
import type { AnnotationView } from '../api/view-types';
import { foldText, type FoldedText } from '../navigation/fold';
import { searchArticles, type SearchableArticle, type SearchResults } from '../navigation/set-search';
import { tagQuotes, type TagQuote, type TagQuotes } from '../navigation/tag-quotes';
import type { ArticleCache, LoadedArticle } from './article-cache';
import type { SetStore } from './set-store';

interface SetParts {
  store: SetStore;
  articles: ArticleCache;
}

export class SetNavigation {
  private readonly folds = new WeakMap<LoadedArticle, FoldedText>();

  async search(set: SetParts, query: string, limit?: number): Promise<SearchResults> {
    const articles: SearchableArticle[] = [];
    for (const article of await readableArticles(set)) {
      let folded = this.folds.get(article);
      if (!folded) this.folds.set(article, (folded = foldText(article.text)));
      articles.push({ file: article.file, title: article.title, text: article.text, folded, annotations: viewsOf(article) });
    }
    return searchArticles(articles, query, limit === undefined ? {} : { limit });
  }

  async tagQuotes(set: SetParts, tag: string): Promise<TagQuotes> {
    const articles = (await readableArticles(set)).map((article) => ({
      file: article.file,
      title: article.title,
      annotations: viewsOf(article).map(toTagQuote),
    }));
    return tagQuotes(articles, tag);
  }
}

/** The set's articles in set order; unreadable ones are left out (the article list reports them). */
async function readableArticles(set: SetParts): Promise<LoadedArticle[]> {
  const loaded: LoadedArticle[] = [];
  for (const file of await set.store.listArticleFiles()) {
    const article = await set.articles.load(file).catch(() => null);
    if (article) loaded.push(article);
  }
  return loaded;
}

function viewsOf(article: LoadedArticle): AnnotationView[] {
  return article.sidecar.annotations.map((a) => article.annotationView(a.id));
}

function toTagQuote(view: AnnotationView): TagQuote {
  return {
    id: view.id,
    exact: view.exact,
    tags: view.tags,
    note: view.note,
    status: view.status,
    start: view.start,
    ...(view.stance === undefined ? {} : { stance: view.stance }),
    ...(view.attribution === undefined ? {} : { attribution: view.attribution }),
  };
}
