/**
 * The brief for the app: gathered from the set on disk (each annotation
 * anchored in the current text), then shaped for the Brief view or written in
 * the format the analyst chose in the save dialog.
 */
import path from 'node:path';
import type { BriefExport, BriefViewData } from '../api/contract';
import { briefToMarkdown } from '../brief/brief';
import { briefToCsv } from '../brief/csv';
import { setToJsonLd } from '../brief/jsonld';
import { buildBriefModel } from '../brief/model';
import type { BriefInput } from '../brief/types';
import type { Tag } from '../model/codebook';
import type { ArticleCache } from './article-cache';
import { briefInputFor } from './brief-input';
import type { Dialogs } from './service';
import type { SetStore } from './set-store';
import { writeFileAtomic } from './files';

export type BriefFormat = BriefExport['format'];

const FORMATS: Record<BriefFormat, { name: string; extension: string }> = {
  markdown: { name: 'Markdown brief', extension: 'md' },
  csv: { name: 'CSV, one row per annotation', extension: 'csv' },
  jsonld: { name: 'W3C Web Annotation JSON-LD', extension: 'jsonld' },
};

export interface BriefContext {
  store: SetStore;
  articles: ArticleCache;
  setName: string;
  tags: Tag[];
  now: Date;
}

function gather(context: BriefContext): Promise<BriefInput> {
  return briefInputFor(context.store, context.articles, { setName: context.setName, exportedAt: context.now, tags: context.tags });
}

export async function briefViewData(context: BriefContext): Promise<BriefViewData> {
  const input = await gather(context);
  const model = buildBriefModel(input);
  const colorOf = new Map(input.tags.map((t) => [t.label, t.color]));
  const sourceOf = new Map(model.sources.map((s) => [s.file, s]));
  return {
    markdown: briefToMarkdown(input, { omitCoverage: true }),
    coverage: {
      tags: model.coverage.tags.map((label) => ({ label, color: colorOf.get(label) ?? '#d9d9d9' })),
      articles: model.coverage.articles.map((file) => ({ file, title: sourceOf.get(file)?.label ?? file })),
      counts: model.coverage.counts,
    },
    quotes: input.articles.flatMap((article) =>
      article.quotes
        .filter((q) => q.tags.length > 0)
        .map((q) => ({
          id: q.id,
          file: article.file,
          exact: q.exact,
          tags: q.tags,
          status: q.status,
          paragraph: q.location?.paragraph ?? null,
          ...(q.stance ? { stance: q.stance } : {}),
          ...(q.attribution ? { attribution: q.attribution } : {}),
        })),
    ),
  };
}

/** Asks where to save; the format follows the chosen file's extension unless one was asked for. */
export async function exportBriefFile(context: BriefContext, dialogs: Dialogs, format: BriefFormat | undefined): Promise<BriefExport | null> {
  const offered = format ? [format] : (Object.keys(FORMATS) as BriefFormat[]);
  const date = context.now.toISOString().slice(0, 10);
  const target = await dialogs.chooseSaveFile({
    title: 'Export brief',
    defaultPath: path.join(context.store.folder, `${safeFileName(context.setName)} – brief ${date}.${FORMATS[offered[0] ?? 'markdown'].extension}`),
    filters: offered.map((f) => ({ name: FORMATS[f].name, extensions: [FORMATS[f].extension] })),
  });
  if (target === null) return null;
  const chosen = format ?? formatOf(target);
  const input = await gather(context);
  const content =
    chosen === 'markdown'
      ? briefToMarkdown(input)
      : chosen === 'csv'
        ? briefToCsv(input)
        : JSON.stringify(setToJsonLd(context.setName, await rawAnnotations(context, input), context.now), null, 2) + '\n';
  await writeFileAtomic(target, content);
  return {
    path: target,
    format: chosen,
    articles: input.articles.length,
    annotations: input.articles.reduce((n, a) => n + a.quotes.length, 0),
  };
}

function formatOf(file: string): BriefFormat {
  const extension = path.extname(file).slice(1).toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'jsonld' || extension === 'json') return 'jsonld';
  return 'markdown';
}

/** The stored W3C annotations of every article, as gathered (and validated) for the brief. */
async function rawAnnotations(context: BriefContext, input: BriefInput) {
  return Promise.all(
    input.articles.map(async (a) => ({ file: a.file, annotations: (await context.articles.load(a.file)).sidecar.annotations })),
  );
}

/** A file name safe on every platform for a set name. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '-').trim() || 'brief';
}
