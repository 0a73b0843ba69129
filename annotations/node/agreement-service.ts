/**
 * "Compare with another copy…": the agreement report between the open set
 * (coder A) and another copy of it chosen in a folder dialog (coder B), the
 * per-article comparison with its disagreements, and the report exported as
 * Markdown or CSV. Both folders are only read. The copy last chosen is
 * remembered for the open set, so the threshold can change and articles can
 * be opened without asking again.
 */
import path from 'node:path';
import type { Handlers } from '../api/contract';
import type { AgreementView } from '../api/view-types';
import { disagreements } from '../agreement/disagreements';
import { agreementCsv, agreementMarkdown } from '../agreement/format';
import { compareCoders } from '../agreement/report';
import { DEFAULT_OVERLAP } from '../agreement/segments';
import { articleTitle } from '../model/article-title';
import { AnnotatorError, messageOf } from '../errors';
import { readCopies } from './agreement-input';
import { writeFileAtomic } from './files';
import type { Dialogs } from './ports';
import type { EditableSet } from './set-edits';

/** The title the analyst gave the article here, else one guessed from its text. */
async function titleOf(set: EditableSet, file: string, text: string): Promise<string> {
  const stored = await set.store.readSidecar(file).catch(() => null);
  return articleTitle(stored?.article.title, text, file);
}

type AgreementHandlers = Pick<Handlers, 'compareWithCopy' | 'getAgreement' | 'compareArticle' | 'exportAgreement'>;

interface Compared {
  folder: string;
  overlap: number;
}

export function createAgreement(requireSet: () => EditableSet, dialogs: Dialogs, analyst: () => string | null): AgreementHandlers {
  const last = new WeakMap<EditableSet, Compared>();

  function requireCompared(set: EditableSet): Compared {
    const compared = last.get(set);
    if (!compared) throw new AnnotatorError('invalid-argument', 'No copy compared yet: choose "Compare with another copy…" first.');
    return compared;
  }

  function coderNames(set: EditableSet, folder: string): { coderA: string; coderANamed: boolean; coderB: string } {
    const name = analyst();
    return { coderA: name ?? path.basename(set.store.folder), coderANamed: name !== null, coderB: path.basename(folder) };
  }

  async function view(set: EditableSet, compared: Compared): Promise<AgreementView> {
    const copies = await readCopies(set.store.folder, compared.folder);
    const report = compareCoders(copies.articles, copies.notCompared, { overlap: compared.overlap });
    return {
      ...coderNames(set, compared.folder),
      folderB: copies.b.folder,
      report,
      articles: await Promise.all(
        copies.articles.map(async (article) => ({
          file: article.file,
          title: await titleOf(set, article.file, article.text),
          disagreements: disagreements(article.a, article.b, compared.overlap).length,
        })),
      ),
    };
  }

  return {
    async compareWithCopy({ overlap }) {
      const set = requireSet();
      const folder = await dialogs.chooseFolder('Compare with another copy');
      if (folder === null) return null;
      const compared = { folder, overlap: overlap ?? DEFAULT_OVERLAP };
      const result = await view(set, compared);
      last.set(set, { ...compared, folder: result.folderB });
      return result;
    },

    async getAgreement({ overlap }) {
      const set = requireSet();
      const compared = { ...requireCompared(set), ...(overlap === undefined ? {} : { overlap }) };
      last.set(set, compared);
      return view(set, compared);
    },

    async compareArticle({ file }) {
      const set = requireSet();
      const compared = requireCompared(set);
      const copies = await readCopies(set.store.folder, compared.folder);
      const article = copies.articles.find((a) => a.file === file);
      if (!article) {
        const why = copies.notCompared.find((n) => n.file === file)?.why ?? 'not an article of this set';
        throw new AnnotatorError('not-found', `${file} is not compared: ${why}.`, file);
      }
      return {
        ...coderNames(set, compared.folder),
        file,
        title: await titleOf(set, file, article.text),
        text: article.text,
        a: [...article.a],
        b: [...article.b],
        disagreements: disagreements(article.a, article.b, compared.overlap),
      };
    },

    async exportAgreement({ format }) {
      const set = requireSet();
      const compared = requireCompared(set);
      const result = await view(set, compared);
      const extension = format === 'csv' ? 'csv' : 'md';
      const target = await dialogs.chooseSaveFile({
        title: 'Export agreement report',
        defaultPath: path.join(set.store.folder, `agreement.${extension}`),
        filters: [{ name: format === 'csv' ? 'CSV' : 'Markdown', extensions: [extension] }],
      });
      if (target === null) return null;
      const text = format === 'csv' ? agreementCsv(result.report) : agreementMarkdown(result.report, result.coderA, result.coderB);
      try {
        await writeFileAtomic(target, text);
      } catch (error) {
        throw new AnnotatorError('io', `Cannot write ${target}: ${messageOf(error)}`, target);
      }
      return { file: target };
    },
  };
}
