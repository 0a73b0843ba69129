/**
 * The annotation calls: open an article, create, edit, re-attach and delete
 * its annotations, edit its details, add tags to the codebook.
 *
 * Every change runs under the article's queue and is saved before the call
 * resolves (a save the disk refuses is kept and tried again: PendingSaves),
 * and is recorded for undo. Changes that arrive while the article is being
 * saved share its next save (last state wins, each change in it). New tags
 * go to the codebook through the same retried save.
 */
import type { Handlers, KeptInMemory } from '../api/contract';
import type { ClaimRef } from '../api/view-types';
import { toAnnotationView } from '../api/views';
import { describeRange } from '../anchoring/describe';
import { parseLabel } from '../codebook/labels';
import { AnnotatorError } from '../errors';
import { createAnnotation, tagsOf, withNote, withTags, type Annotation } from '../model/annotation';
import { withClaim } from '../model/claim';
import { withCreator } from '../model/creator';
import { nextTagColor, SET_FILE_NAME, type Tag } from '../model/codebook';
import { emptySetFile, type Sidecar } from '../sidecar/schema';
import type { LoadedArticle } from './article-cache';
import type { History, HistoryEntry } from './history-service';
import { CODEBOOK_KEY, saveOrRetryLater, type EditableSet, type EditDeps } from './set-edits';
import type { Answer, BatchHandler } from './keyed-queue';
import type { Trash } from './trash-service';

type AnnotationHandlers = Pick<
  Handlers,
  | 'openArticle'
  | 'createAnnotation'
  | 'updateAnnotation'
  | 'listClaims'
  | 'updateArticleMeta'
  | 'deleteAnnotation'
  | 'reattachAnnotation'
  | 'addTag'
  | 'moveSidecarAside'
>;

export interface AnnotationDeps extends EditDeps {
  newId(): string;
  /** The analyst's name as set in the app's settings (null: not given): the creator of what they create or change. */
  analyst?(): string | null;
}

export interface Annotations {
  /**
   * Runs `change` on the article's annotations and saves the sidecar before
   * resolving; what changed is recorded for undo under `action` (null: not
   * an analyst's action, e.g. the metadata an import brings with a new article).
   */
  mutate<T>(set: EditableSet, file: string, action: string | null, change: (article: LoadedArticle, now: string) => T): Promise<T>;
  /**
   * The same, recording nothing: returns the sidecar before and after, for
   * an action across several articles that records them as one undo step.
   */
  edit<T>(set: EditableSet, file: string, change: (article: LoadedArticle, now: string) => T): Promise<Edited<T>>;
  handlers: AnnotationHandlers;
}

/** One edit waiting for its article's next save. */
interface EditRequest {
  file: string;
  change: (article: LoadedArticle, now: string) => unknown;
  action: string | null;
}

export interface Edited<T> {
  result: T;
  /** The sidecar just before and just after this change, in memory (what a save merged in from disk is not part of it). */
  before: Sidecar;
  after: Sidecar;
  /** The undo entry recorded for it, when it had an action and changed something. */
  entry?: HistoryEntry;
}

/** The codebook just before and after one change of it. */
interface CodebookChange {
  before: Tag[];
  after: Tag[];
}

export function createAnnotations(deps: AnnotationDeps, history: History, trash: Trash): Annotations {
  const { queue, clock, tagViews } = deps;

  /**
   * Edits of one article queued while its sidecar is being saved are handled
   * together (KeyedQueue.batch): each applied in turn to the state the save
   * before left, then ONE save of the result, which every one of them waits
   * for. A change that throws fails its own call only. (One handler per open
   * set, so a batch never mixes sets.)
   */
  const editBatches = new WeakMap<EditableSet, BatchHandler<EditRequest, Edited<unknown>>>();
  function editBatchOf(set: EditableSet): BatchHandler<EditRequest, Edited<unknown>> {
    let handle = editBatches.get(set);
    if (!handle) editBatches.set(set, (handle = (requests) => editTogether(set, requests)));
    return handle;
  }

  async function editTogether(set: EditableSet, requests: EditRequest[]): Promise<Answer<Edited<unknown>>[]> {
    const file = (requests[0] as EditRequest).file;
    const article = await set.articles.load(file);
    if (article.readOnlyReason) throw new AnnotatorError('read-only', article.readOnlyReason, article.sidecarName);
    const answers = requests.map(({ change, action }): Answer<Edited<unknown>> => {
      const before = article.sidecar;
      try {
        const result = change(article, clock().toISOString());
        if (action !== null) stampCreator(article, before.annotations);
        return { ok: true, value: { result, before, after: article.sidecar } };
      } catch (error) {
        return { ok: false, error };
      }
    });
    if (!answers.some((a) => a.ok)) return answers;
    // A save the disk refuses keeps every change (PendingSaves) and the calls succeed; any other failure fails them all.
    await saveOrRetryLater(deps, set, article);
    answers.forEach((answer, i) => {
      const { action } = requests[i] as EditRequest;
      if (!answer.ok || action === null) return;
      const entry = history.recordSidecar(set, action, file, answer.value.before, answer.value.after);
      if (entry) answer.value.entry = entry;
    });
    return answers;
  }

  async function edit<T>(set: EditableSet, file: string, change: (article: LoadedArticle, now: string) => T, action: string | null = null): Promise<Edited<T>> {
    return (await queue.batch(file, editBatchOf(set), { file, change, action })) as Edited<T>;
  }

  async function mutate<T>(set: EditableSet, file: string, action: string | null, change: (article: LoadedArticle, now: string) => T): Promise<T> {
    return (await edit(set, file, change, action)).result;
  }

  /** Said on an edit's result when the disk refused its save: the window marks it until the `saved` event. */
  function keptInMemory(file: string): KeptInMemory {
    return deps.pending.files.includes(file) ? { notOnDisk: true } : {};
  }

  /** The annotation with the analyst among its creators (as is when no name is set). */
  function byAnalyst(annotation: Annotation): Annotation {
    const name = deps.analyst?.() ?? null;
    return name === null ? annotation : withCreator(annotation, name);
  }

  /**
   * Writes the analyst into each annotation a change created or changed (the
   * objects it replaced), whichever call made it; the calls above stamp
   * before building their views, so this finds nothing more to do for them.
   */
  function stampCreator(article: LoadedArticle, before: readonly Annotation[]): void {
    const untouched = new Set(before);
    for (const annotation of article.sidecar.annotations) {
      if (untouched.has(annotation)) continue;
      const stamped = byAnalyst(annotation);
      if (stamped !== annotation) article.replace(stamped);
    }
  }

  /**
   * Changes the codebook under its queue and saves it; a save the disk
   * refuses is kept and tried again, like a sidecar's. The change applies to
   * `annotation-set.json` as read now (another window may have added tags),
   * unless a save of it is pending: then memory holds what the file lacks.
   */
  function editCodebook(set: EditableSet, edit: (current: readonly Tag[]) => Tag[]): Promise<CodebookChange> {
    return queue.run(CODEBOOK_KEY, async () => {
      const setFile = (await set.store.readSetFile()) ?? emptySetFile();
      const before = set.codebook;
      set.codebook = edit(deps.pending.files.includes(SET_FILE_NAME) ? set.codebook : setFile.tags);
      await deps.saveCodebook(set, setFile);
      return { before, after: set.codebook };
    });
  }

  /**
   * Adds labels missing from the codebook to `annotation-set.json`, so new
   * tags keep their colour: what it added, or null when another call (or
   * another window) had added them all already.
   */
  async function registerTags(set: EditableSet, labels: readonly string[]): Promise<CodebookChange | null> {
    if (labels.every((l) => set.codebook.some((t) => t.label === l))) return null;
    let added = false;
    const change = await editCodebook(set, (current) => {
      const tags = [...current];
      for (const label of labels) {
        if (tags.some((t) => t.label === label)) continue;
        tags.push({ label, color: nextTagColor(tags) });
        added = true;
      }
      return tags;
    });
    return added ? change : null;
  }

  /** registerTags, as part of the annotation edit recorded as `entry`: undoing it also takes the new tags out of the codebook. */
  async function registerTagsUndoably(set: EditableSet, labels: readonly string[], entry: HistoryEntry | undefined): Promise<void> {
    const change = await registerTags(set, labels);
    if (change && entry) history.amendCodebook(set, entry, change.before, change.after);
  }

  const handlers: AnnotationHandlers = {
    async openArticle({ file }) {
      const set = deps.requireSet();
      await set.store.resolveInside(file);
      return queue.run(file, async () => {
        const article = await set.articles.load(file, { fresh: true });
        if (!article.needsSettling || article.readOnlyReason) return set.articles.view(article, tagViews(set));
        // The text changed since the annotations were saved: write their new
        // places back (with the new hash), so the next open is exact.
        const reanchored = article.settle(clock().toISOString());
        await saveOrRetryLater(deps, set, article);
        return { ...set.articles.view(article, tagViews(set)), reanchored };
      });
    },

    async createAnnotation({ file, start, end, exact, tags, note }) {
      const set = deps.requireSet();
      const labels = [...new Set(tags.map(parseLabel))];
      const { result: annotation, entry } = await edit(set, file, (article, now) => {
        checkSelection(article, file, start, end, exact);
        const { quote, position } = describeRange(article.index, start, end);
        const fresh = createAnnotation({ id: deps.newId(), now, source: file, quote, position, tags: labels, ...(note ? { note } : {}) });
        const created = byAnalyst(fresh);
        article.add(created);
        return created;
      }, 'Create annotation');
      await registerTagsUndoably(set, labels, entry);
      return { annotation: toAnnotationView(annotation, { status: 'exact', start, end }), tags: tagViews(set), ...keptInMemory(file) };
    },

    async updateAnnotation({ file, id, tags, note, ...claim }) {
      const set = deps.requireSet();
      const labels = tags === undefined ? undefined : [...new Set(tags.map(parseLabel))];
      const { result: view, entry } = await edit(set, file, (article, now) => {
        let next = article.get(id);
        if (labels !== undefined) next = withTags(next, labels, now);
        if (note !== undefined) next = withNote(next, note, now);
        if (Object.values(claim).some((v) => v !== undefined)) next = withClaim(next, claim, now);
        if (labels !== undefined || note !== undefined) next = { ...next, motivation: tagsOf(next).length > 0 ? 'tagging' : 'highlighting' };
        article.replace(byAnalyst(next));
        return article.annotationView(id);
      }, describeUpdate({ tags, note, ...claim }));
      if (labels) await registerTagsUndoably(set, labels, entry);
      return { annotation: view, tags: tagViews(set), ...keptInMemory(file) };
    },

    async listClaims() {
      const set = deps.requireSet();
      const claims: ClaimRef[] = [];
      for (const file of await set.store.listArticleFiles()) {
        const article = await set.articles.load(file).catch(() => null);
        if (!article) continue; // unreadable articles are reported in the article list
        for (const annotation of article.sidecar.annotations) {
          const view = article.annotationView(annotation.id);
          if (view.tags.length > 0) claims.push({ id: view.id, file, title: article.title, exact: view.exact, tags: view.tags });
        }
      }
      return claims;
    },

    async updateArticleMeta({ file, ...meta }) {
      const set = deps.requireSet();
      const redated = await mutate(set, file, 'Edit article details', (article) => {
        const before = article.sidecar.article.published;
        article.setMeta(meta);
        return article.sidecar.article.published !== before;
      });
      // The details that differ date a passage's "last month" by its article's date: what Elsewhere shows may change.
      if (redated) deps.emit({ type: 'matchesChanged', files: [file] });
      return set.articles.summary(file);
    },

    async deleteAnnotation({ file, id }) {
      const set = deps.requireSet();
      await trash.deleteAnnotation(set, file, id);
      return { id };
    },

    async reattachAnnotation({ file, id, start, end, exact }) {
      const set = deps.requireSet();
      const annotation = await mutate(set, file, 'Re-attach annotation', (article, now) => {
        checkSelection(article, file, start, end, exact);
        article.reattach(id, start, end, now);
        article.replace(byAnalyst(article.get(id)));
        return article.annotationView(id);
      });
      return { annotation, ...keptInMemory(file) };
    },

    async addTag({ label, color }) {
      const set = deps.requireSet();
      const normalized = parseLabel(label);
      const before = set.codebook;
      await registerTags(set, [normalized]);
      if (color) await editCodebook(set, (current) => current.map((t) => (t.label === normalized ? { ...t, color } : t)));
      if (set.codebook !== before) history.record(set, { label: `Add tag “${normalized}”`, sidecars: [], codebook: { before, after: set.codebook } });
      return tagViews(set);
    },

    async moveSidecarAside({ file }) {
      const set = deps.requireSet();
      await set.store.resolveInside(file);
      return queue.run(file, async () => {
        const before = await set.articles.load(file, { fresh: true });
        if (!before.readOnlyReason) {
          throw new AnnotatorError('invalid-argument', `The annotations of ${file} can be read and changed: there is nothing to move aside.`, before.sidecarName);
        }
        const movedTo = await set.store.moveSidecarAside(file);
        const article = await set.articles.load(file, { fresh: true });
        return { movedTo, article: set.articles.view(article, tagViews(set)) };
      });
    },
  };

  return { mutate, edit: (set, file, change) => edit(set, file, change), handlers };
}

/**
 * The window sends the offsets and the text of the analyst's selection; the
 * article may have changed on disk since it showed it. Refuses a selection
 * that is not, or no longer, that text at that place.
 */
function checkSelection(article: LoadedArticle, file: string, start: number, end: number, exact: string): void {
  if (end > article.index.length) {
    throw new AnnotatorError('invalid-argument', `The selection ends after the end of ${file}.`, file);
  }
  if (article.index.slice(start, end) !== exact) {
    throw new AnnotatorError('invalid-argument', `The selected text no longer matches ${file} at that place. Reopen the article and select it again.`, file);
  }
}

/** An annotation edit in words, for the Undo button. */
function describeUpdate(change: { tags?: unknown; note?: unknown; [claim: string]: unknown }): string {
  if (change.tags !== undefined) return 'Change tags';
  if (change.note !== undefined) return 'Edit note';
  return 'Edit claim';
}
