/**
 * The analyst's decision on a suggested passage (matching/decisions.ts):
 * Same claim, Disputes, or Not the same. A decision changes up to two
 * articles' sidecars (the other passage's, then the claim's), each saved
 * through the app's usual path under its own queue, and is recorded as ONE
 * undo step: undoing it takes out the annotation it created and the links
 * on both sides; redoing puts them back.
 *
 * Both sidecars are checked to be writable before anything is written; if
 * the claim cannot take its side of the link after the other passage took
 * its own (the claim was deleted meanwhile), the other side is undone.
 */
import type { CallArgs, Handlers } from '../api/contract';
import type { DecisionView, MatchDecision } from '../api/view-types';
import { AnnotatorError } from '../errors';
import { diffSidecars, applyChange, type SidecarChange } from '../history/sidecar-change';
import { coveringAnnotation } from '../matching/claim-matches';
import { confirmDisputes, confirmSameClaim, dismiss, type Target } from '../matching/decisions';
import type { Annotation } from '../model/annotation';
import type { LoadedArticle } from './article-cache';
import type { Annotations, Edited } from './annotation-service';
import type { History } from './history-service';
import { rewriteArticle, type EditableSet, type EditDeps } from './set-edits';
import { placedAnnotations } from './set-matches';

export const DECISION_LABELS: Record<MatchDecision, string> = {
  same: 'Link as the same claim',
  disputes: 'Link as disputing',
  'not-same': 'Dismiss suggestion',
};

type Candidate = CallArgs<'decideCandidate'>['candidate'];

export function createDecisions(
  deps: EditDeps & { newId(): string },
  annotations: Annotations,
  history: History,
): Pick<Handlers, 'decideCandidate'> {
  async function decideCandidate({ file, id, decision, candidate }: CallArgs<'decideCandidate'>): Promise<DecisionView> {
    const set = deps.requireSet();
    if (candidate.file === file) {
      throw new AnnotatorError('invalid-argument', `A claim is linked to passages of other articles; ${file} is the claim's own.`, file);
    }
    await set.store.resolveInside(file);
    await set.store.resolveInside(candidate.file);
    const [claimArticle, otherArticle] = await Promise.all([set.articles.load(file), set.articles.load(candidate.file)]);
    claimArticle.get(id);
    for (const article of decision === 'not-same' ? [claimArticle] : [claimArticle, otherArticle]) {
      if (article.readOnlyReason) throw new AnnotatorError('read-only', article.readOnlyReason, article.sidecarName);
    }
    const label = DECISION_LABELS[decision];

    if (decision === 'not-same') {
      const target = targetIn(otherArticle, candidate);
      const edited = await annotations.edit(set, file, (article, now) => {
        article.replace(dismiss(article.get(id), target, now).claim);
        return article.annotationView(id);
      });
      record(set, label, [[file, edited]]);
      return { decision, label, claim: { file, annotation: edited.result }, other: null, created: false, updated: [file] };
    }

    const confirm = decision === 'same' ? confirmSameClaim : confirmDisputes;
    let created = false;
    const otherEdit = await annotations.edit(set, candidate.file, (article, now) => {
      const claim = claimArticle.get(id);
      const decided = confirm(claim, targetIn(article, candidate), { newId: deps.newId(), now });
      const other = decided.other as Annotation;
      created = decided.created;
      if (created) article.add(other);
      else article.replace(other);
      return other.id;
    });
    const otherId = otherEdit.result;
    let claimEdit: Edited<unknown>;
    try {
      claimEdit = await annotations.edit(set, file, (article, now) => {
        // Only its id and stance matter to the claim's side of the link.
        const other = otherEdit.after.annotations.find((a) => a.id === otherId) as Annotation;
        article.replace(confirm(article.get(id), { annotation: other }, { newId: '', now }).claim);
      });
    } catch (error) {
      const change = diffSidecars(candidate.file, otherEdit.before, otherEdit.after);
      if (change) await rewriteArticle(deps, set, candidate.file, (current) => applyChange(current, change, 'undo').sidecar);
      throw error;
    }
    record(set, label, [
      [candidate.file, otherEdit],
      [file, claimEdit],
    ]);
    const [claimNow, otherNow] = await Promise.all([set.articles.load(file), set.articles.load(candidate.file)]);
    return {
      decision,
      label,
      claim: { file, annotation: claimNow.annotationView(id) },
      other: { file: candidate.file, annotation: otherNow.annotationView(otherId) },
      created,
      updated: [candidate.file, file],
    };
  }

  function record(set: EditableSet, label: string, edits: [string, Edited<unknown>][]): void {
    const sidecars = edits.map(([f, e]) => diffSidecars(f, e.before, e.after)).filter((c): c is SidecarChange => c !== null);
    if (sidecars.length > 0) history.record(set, { label, sidecars });
  }

  return { decideCandidate };
}

/**
 * The passage as the window listed it, checked against the article now: the
 * annotation it names, else an annotation that covers it (decided on before,
 * or made by hand since), else the range of text.
 */
function targetIn(article: LoadedArticle, candidate: Candidate): Target {
  if (candidate.annotation) return { annotation: article.get(candidate.annotation) };
  if (candidate.end > article.index.length || article.index.slice(candidate.start, candidate.end) !== candidate.text) {
    throw new AnnotatorError('invalid-argument', `The passage no longer matches ${article.file} at that place (the article changed). Ask for the suggestions again.`, article.file);
  }
  const covering = coveringAnnotation(placedAnnotations(article), candidate.start, candidate.end);
  return covering ? { annotation: covering.annotation } : { file: article.file, text: article.index, start: candidate.start, end: candidate.end };
}
