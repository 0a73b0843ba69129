/**
 * The claim fields a selection cannot hold (REFI-QDA has variables on sources
 * and cases, not on selections): stance, who makes the claim and confidence
 * travel as a note linked to the selection (NoteRef), one field a line, so
 * another tool shows them as a memo and this app reads them back.
 */
import { CONFIDENCES, STANCES, type ClaimPatch, type Confidence, type Stance } from '../model/claim';

export const CLAIM_NOTE_TITLE = 'Research Annotator claim';

const LINES = { stance: 'Stance', attribution: 'Claimed by', confidence: 'Confidence' } as const;

export function claimNoteText(claim: { stance?: Stance; attribution?: string; confidence?: Confidence }): string | null {
  const lines = [
    claim.stance ? `${LINES.stance}: ${claim.stance}` : '',
    claim.attribution ? `${LINES.attribution}: ${claim.attribution.replace(/\s+/gu, ' ')}` : '',
    claim.confidence ? `${LINES.confidence}: ${claim.confidence}` : '',
  ].filter((l) => l !== '');
  return lines.length === 0 ? null : [CLAIM_NOTE_TITLE, ...lines].join('\n');
}

/** The fields of a note written by claimNoteText, or null for any other note. */
export function claimFromNote(text: string): ClaimPatch | null {
  const [title, ...lines] = text.replace(/\r\n?/gu, '\n').split('\n');
  if (title?.trim() !== CLAIM_NOTE_TITLE) return null;
  const patch: ClaimPatch = {};
  for (const line of lines) {
    const [key, ...rest] = line.split(': ');
    const value = rest.join(': ').trim();
    if (key === LINES.stance && (STANCES as readonly string[]).includes(value)) patch.stance = value as Stance;
    if (key === LINES.attribution && value !== '') patch.attribution = value;
    if (key === LINES.confidence && (CONFIDENCES as readonly string[]).includes(value)) patch.confidence = value as Confidence;
  }
  return patch;
}
