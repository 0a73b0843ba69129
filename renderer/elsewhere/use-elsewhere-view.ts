/** Elsewhere for one claim, read from the core and read again whenever what is suggested may have changed. */
import type { ElsewhereNote, ElsewhereView } from '../../annotations/api/view-types';
import { getApi } from '../api';
import { type ClaimKey, type Elsewhere, useSuggestionsRevision } from './elsewhere-store';
import { useRevisedQuery, type RevisedQuery } from './use-revised-query';

/** Why a claim has no suggestions, in the analyst's words. */
export const NOTE_TEXT: Record<ElsewhereNote, string> = {
  'too-short': 'Too short to match: fewer than three words that carry meaning.',
  'not-english': 'Its article does not read as English, which the matcher reads.',
  empty: 'Nothing to match: the claim is empty.',
  orphan: 'Not found in the current text: re-attach it first.',
};

/**
 * `place`: where the claim is now (its offsets); when it moves (an edge moved
 * by a word, re-attached, found elsewhere in a changed text) it is asked for
 * again, since its text is another.
 */
export function useElsewhereView(elsewhere: Elsewhere, claim: ClaimKey | null, place = ''): RevisedQuery<ElsewhereView> {
  const api = getApi();
  const revision = useSuggestionsRevision(elsewhere);
  const key = claim ? `${claim.file}\0${claim.id}\0${place}` : null;
  return useRevisedQuery<ElsewhereView>(key, revision, () => api.getElsewhere({ file: claim!.file, id: claim!.id }));
}
