/**
 * Goes where a link back into the app asked (research-annotator://open?…):
 * the session carries the place (`reveal`, a new `seq` per link), the set is
 * open already; this opens the article at the annotation, or says why it
 * cannot. Each link is followed once, even when the session is read again.
 */
import { useEffect } from 'react';
import type { LinkReveal } from '../../annotations/api/view-types';
import { articleHref } from './ArticleList';

/** The last link followed in this window (module state: it outlives a Workspace remounted for another set). */
let followed = 0;

export function useLinkReveal(reveal: LinkReveal | undefined, openQuote: (file: string, id: string) => void, tell: (problem: string) => void): void {
  useEffect(() => {
    if (reveal === undefined || reveal.seq <= followed) return;
    followed = reveal.seq;
    if (reveal.problem !== undefined) tell(reveal.problem);
    if (reveal.file === undefined) return;
    if (reveal.annotation !== undefined) openQuote(reveal.file, reveal.annotation);
    else window.location.hash = articleHref(reveal.file);
  }, [reveal, openQuote, tell]);
}
