/**
 * The brief for the app: gathered from the set on disk (each annotation
 * anchored in the current text), then shaped for the Brief view or written in
 * the format the analyst chose in the save dialog.
 */
import path from 'node:path';
import type { BriefProgressEvent } from '../api/contract';
import type { BriefExport, BriefViewData } from '../api/view-types';
import { modelToMarkdown } from '../brief/brief';
import { selectArticles, selectQuotes } from '../brief/filter';
import { briefFormatOfExtension, EXPORT_FORMATS, writeBrief } from '../brief/formats';
import { buildBriefModel } from '../brief/model';
import { BRIEF_FORMATS, type BriefFormat, type BriefInput, type BriefMatching, type BriefOptions } from '../brief/types';
import { UNTAGGED_COLOR, type Tag } from '../model/codebook';
import type { ArticleCache } from './article-cache';
import { briefInputFor } from './brief-input';
import type { Dialogs } from './ports';
import type { SetStore } from './set-store';
import { writeFileAtomic } from './files';
import { inWholePercents } from './whole-percents';

export interface BriefContext {
  store: SetStore;
  articles: ArticleCache;
  setName: string;
  tags: Tag[];
  now: Date;
  /** What the brief covers and in which order. */
  options: BriefOptions;
  /** Progress, for the UI: articles read of the set's, claims matched, then writing, then done. */
  report: (phase: BriefPhase, done: number, total: number) => void;
  /** What the matcher adds (possible matches not reviewed, copies of one story), reporting the claims it has scored; absent: nothing. */
  matching?: (scored: (done: number, total: number) => void) => Promise<BriefMatching>;
}

export type BriefPhase = BriefProgressEvent['phase'];

async function gather(context: BriefContext): Promise<BriefInput> {
  const meta = { setName: context.setName, exportedAt: context.now, tags: context.tags, options: context.options };
  const input = await briefInputFor(context.store, context.articles, meta, inWholePercents((done, total) => context.report('reading', done, total)));
  // After the articles were read afresh, so the matcher sees the same text.
  return context.matching ? { ...input, matching: await context.matching(inWholePercents((done, total) => context.report('matching', done, total))) } : input;
}

/** Runs `work` and reports `done` after it, whether it succeeded or not, so that no progress bar is left behind. */
async function reporting<T>(context: BriefContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    context.report('done', 0, 0);
  }
}

export function briefViewData(context: BriefContext): Promise<BriefViewData> {
  return reporting(context, async () => {
    const input = await gather(context);
    context.report('writing', input.articles.length, input.articles.length);
    const model = buildBriefModel(input);
    const colorOf = new Map(input.tags.map((t) => [t.label, t.color]));
    const sourceOf = new Map(model.sources.map((s) => [s.file, s]));
    return {
      markdown: modelToMarkdown(model, { omitCoverage: true }),
      scope: {
        tags: input.tags.map(({ label, color }) => ({ label, color })),
        articles: input.articles.map((a) => ({ file: a.file, title: a.title })),
      },
      coverage: {
        tags: model.coverage.tags.map((label) => ({ label, color: colorOf.get(label) ?? UNTAGGED_COLOR })),
        articles: model.coverage.articles.map((file) => ({ file, title: sourceOf.get(file)?.label ?? file })),
        counts: model.coverage.counts,
      },
      quotes: selectQuotes(input.articles, input.options)
        .filter(({ tags }) => tags.length > 0)
        .map(({ article, quote: q, tags }) => ({
          id: q.id,
          file: article.file,
          exact: q.exact,
          tags,
          status: q.status,
          paragraph: q.location?.paragraph ?? null,
          ...(q.stance ? { stance: q.stance } : {}),
          ...(q.attribution ? { attribution: q.attribution } : {}),
        })),
    };
  });
}

/** Asks where to save; the format follows the chosen file's extension unless one was asked for. */
export async function exportBriefFile(context: BriefContext, dialogs: Dialogs, format: BriefFormat | undefined): Promise<BriefExport | null> {
  const offered: readonly BriefFormat[] = format ? [format] : BRIEF_FORMATS;
  const extensionOf = (f: BriefFormat) => EXPORT_FORMATS[f].extensions[0];
  const date = context.now.toISOString().slice(0, 10);
  const target = await dialogs.chooseSaveFile({
    title: 'Export brief',
    defaultPath: path.join(context.store.folder, `${safeFileName(context.setName)} – brief ${date}.${extensionOf(offered[0] ?? 'markdown')}`),
    filters: offered.map((f) => ({ name: EXPORT_FORMATS[f].label, extensions: [extensionOf(f)] })),
  });
  if (target === null) return null;
  const chosen = format ?? briefFormatOfExtension(path.extname(target).slice(1));
  return reporting(context, async () => {
    const input = await gather(context);
    context.report('writing', input.articles.length, input.articles.length);
    const content = await writeBrief(chosen, input, async (file) => (await context.articles.load(file)).sidecar.annotations);
    await writeFileAtomic(target, content);
    return {
      path: target,
      format: chosen,
      articles: selectArticles(input.articles, input.options).length,
      annotations: selectQuotes(input.articles, input.options).length,
    };
  });
}

/** A file name safe on every platform for a set name. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '-').trim() || 'brief';
}
