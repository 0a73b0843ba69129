/**
 * Importing articles from the workspace: by the file dialog or by drop. One
 * import at a time; the outcome is told in notices (what was imported, and
 * every refusal with its reason, kept until dismissed).
 */
import { useCallback, useState } from 'react';
import { isImportedArticle, type AnnotationsImport, type ImportedArticle, type ImportItemResult, type ImportResult, type WebPageMode } from '../../annotations/import/types';
import { call, getApi } from '../api';
import { useNotices } from '../app/notices';
import type { RefiImport } from '../../annotations/refi-qda/report';
import { planBatches, readAsBase64, type DroppedFile } from './read-dropped-files';
import { describeRefiImports } from './refi-report';
import { useOneAtATime } from './use-one-at-a-time';

/** Where a running import is: files before this call's (`offset`) of all the import's (`total`). */
export interface ImportRun {
  offset: number;
  total: number;
}

/** Imported articles named in the notice; the rest are counted. */
const NAMED = 5;

export interface ArticleImport {
  /** Set while an import runs. */
  run: ImportRun | null;
  /** `webPages`: `page` takes web pages whole; by default, their article. */
  importByDialog(webPages?: WebPageMode): void;
  /** Codebook ▸ Import Codebook…: REFI-QDA codebooks (.qdc) by the file dialog. */
  importCodebookByDialog(): void;
  importFiles(files: readonly File[]): void;
}

export function useArticleImport(onImported: (result: ImportResult) => void): ArticleImport {
  const api = getApi();
  const notices = useNotices();
  const [run, setRun] = useState<ImportRun | null>(null);

  const report = useCallback(
    (items: readonly ImportItemResult[], refi: readonly RefiImport[] = []) => {
      // REFI-QDA projects and codebooks: what came in, and what the analyst must look at, kept until dismissed.
      const words = describeRefiImports(refi);
      for (const line of words.done) notices.info(line);
      for (const block of words.toCheck) notices.error(block);
      const imported = items.filter(isImportedArticle);
      const refused = items.filter((i) => !i.ok);
      if (imported.length > 0) {
        const names = imported.slice(0, NAMED).map((i) => i.file);
        const more = imported.length > NAMED ? ` and ${imported.length - NAMED} more` : '';
        notices.info(`Imported ${imported.length === 1 ? '1 article' : `${imported.length} articles`}: ${names.join(', ')}${more}.${webPageLines(imported)}`);
      }
      for (const item of items) if ('annotations' in item) reportAnnotations(notices, item.source, item.annotations);
      // Every refusal, one per line, until dismissed: the analyst must be able to act on each.
      if (refused.length > 0) {
        notices.error(`${refused.length === 1 ? '1 file' : `${refused.length} files`} not imported:\n${refused.map((i) => i.reason).join('\n')}`);
      }
    },
    [notices],
  );

  const endRun = useCallback(() => setRun(null), []);
  const exclusive = useOneAtATime({ busy: 'An import is running; wait for it to finish.', failed: 'Not imported' }, endRun);

  /** An import by a file dialog: articles and projects (File ▸ Import), or codebooks (Codebook ▸ Import Codebook…). */
  const byDialog = useCallback(
    (request: () => Promise<ImportResult | null>) =>
      exclusive(async () => {
        setRun({ offset: 0, total: 0 });
        const result = await request();
        if (!result) return;
        onImported(result);
        report(result.items, result.refi);
      }),
    [exclusive, onImported, report],
  );
  const importByDialog = useCallback(
    (webPages?: WebPageMode) => byDialog(() => call(api.importArticles(webPages ? { webPages } : {}))),
    [api, byDialog],
  );
  const importCodebookByDialog = useCallback(() => byDialog(() => call(api.importCodebook({}))), [api, byDialog]);

  const importFiles = useCallback(
    (files: readonly File[]) =>
      exclusive(async () => {
        const { batches, refused } = planBatches(files);
        const items: ImportItemResult[] = refused.map((r) => ({ ...r, ok: false }));
        const refi: RefiImport[] = [];
        const total = batches.reduce((n, b) => n + b.length, 0);
        let offset = 0;
        let last: ImportResult | null = null;
        for (const batch of batches) {
          setRun({ offset, total });
          const readable: DroppedFile[] = [];
          for (const file of batch) {
            try {
              readable.push({ name: file.name, dataBase64: await readAsBase64(file) });
            } catch (error) {
              items.push({ source: file.name, ok: false, reason: (error as Error).message });
            }
          }
          if (readable.length > 0) {
            last = await call(api.importArticleFiles({ files: readable }));
            items.push(...last.items);
            refi.push(...(last.refi ?? []));
            onImported(last);
          }
          offset += batch.length;
        }
        if (last === null && items.length === 0) return;
        report(items, refi);
      }),
    [api, exclusive, onImported, report],
  );

  return { run, importByDialog, importCodebookByDialog, importFiles };
}

/** For web pages: which text each became, so the analyst knows what the article holds. */
function webPageLines(imported: readonly ImportedArticle[]): string {
  const pages = imported.filter((i) => i.extraction !== undefined);
  if (pages.length === 0) return '';
  const what = (i: ImportedArticle) =>
    i.extraction === 'article' ? 'its article (as Reader View finds it)' : 'the whole page (no article found, or asked for)';
  return `\n${pages.map((i) => `${i.source}: ${what(i)}`).join('\n')}`;
}

/** An annotations file (a Hypothesis export, Web Annotations): how many annotations landed where; each one not placed, with why (kept until dismissed). */
function reportAnnotations(notices: ReturnType<typeof useNotices>, source: string, result: AnnotationsImport): void {
  const { added, alreadyThere, articles, unmatched } = result;
  const where = articles.length > 0 ? ` in ${articles.join(', ')}` : '';
  notices.info(`${source}: ${added === 1 ? '1 annotation' : `${added} annotations`} imported${where}${alreadyThere > 0 ? `; ${alreadyThere} were imported before` : ''}.`);
  if (unmatched.length > 0) {
    notices.error(`${source}: ${unmatched.length === 1 ? '1 annotation' : `${unmatched.length} annotations`} not placed:\n${unmatched.map((u) => `${u.quote === '' ? u.id : `“${u.quote.slice(0, 80)}”`}: ${u.reason}`).join('\n')}`);
  }
}
