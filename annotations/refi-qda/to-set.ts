/**
 * What importing a REFI-QDA project adds to a set, decided before anything is
 * written (pure; node/refi-qda-service.ts writes it):
 * - each text source an article (its text byte for byte, by the caller), its
 *   variables as details; other sources skipped, with the reason;
 * - each code a tag (codes.ts); the codebook merged with the set's: a tag the
 *   set has keeps its colour and description, and a different one in the
 *   project is reported as a conflict, never written over;
 * - each selection an annotation: codings as tags, description and linked
 *   notes as the note, our claim note as claim fields, our links as
 *   same-claim and dispute links;
 * - a selection whose positions do not fit its text is reported and left out,
 *   never moved to a guessed place;
 * - what was imported before (the same GUIDs) is not added again.
 */
import { describeRange } from '../anchoring/describe';
import { createAnnotation, type Annotation } from '../model/annotation';
import { withClaim, type ClaimPatch } from '../model/claim';
import { LINK_KEYS } from '../model/claim-links';
import { nextTagColor, type Tag } from '../model/codebook';
import { withCreator } from '../model/creator';
import { CodePointIndex } from '../text/code-points';
import { claimFromNote } from './claim-note';
import { codesToLabels } from './codes';
import { DETAIL_VARIABLES, type SourceDetails } from './from-set';
import { positionsIn, type PositionUnit } from './positions';
import type { QdaNote, QdaProject, QdaSelection, QdaTextSource } from './project';

export interface ImportState {
  /** Source GUIDs already imported into the set, and the article each became. */
  sources: ReadonlyMap<string, string>;
  /** Ids of the set's annotations. */
  annotationIds: ReadonlySet<string>;
  codebook: readonly Tag[];
}

export interface PlannedArticle {
  sourceGuid: string;
  /** The source's name, for the report and to name the article. */
  name: string;
  /** Set when the source was imported before: its new selections go to that article. */
  existingFile?: string;
  /** The source's text file in the archive, or null when its text is in the project file. */
  plainTextPath: string | null;
  details: SourceDetails;
  /** `target.source` is left empty: the caller names the article. */
  annotations: Annotation[];
}

export interface ImportPlan {
  articles: PlannedArticle[];
  /** The codebook after the merge (the set's tags first, unchanged, then the new ones). */
  codebook: Tag[];
  addedTags: string[];
  conflicts: { tag: string; field: 'color' | 'description'; set: string; project: string }[];
  skippedSources: { name: string; reason: string }[];
  /** Selections left out because their positions do not fit their text. */
  misfits: { source: string; guid: string; start: number; end: number; tags: string[]; note: string; textLength: number }[];
  /** Selections already in the set (imported before). */
  alreadyImported: number;
  renamedCodes: string[];
  notImported: string[];
}

const SKIP_REASONS: Record<string, string> = {
  PDFSource: 'a PDF source: only plain-text sources are imported (import the PDF itself with Import articles…)',
  PictureSource: 'a picture: only text sources are imported',
  AudioSource: 'an audio source: only text sources are imported',
  VideoSource: 'a video source: only text sources are imported',
};

export function planImport(project: QdaProject, texts: ReadonlyMap<string, string>, state: ImportState, unit: PositionUnit, now: string): ImportPlan {
  const { codes, renamed } = codesToLabels(project.codes);
  const labelOf = new Map(codes.map((c) => [c.guid, c.label]));
  const { codebook, addedTags, conflicts } = mergeCodebook(state.codebook, codes);
  const notes = new Map(project.notes.map((n) => [n.guid, n]));
  const variableName = new Map(project.variables.map((v) => [v.guid, v.name]));
  const userName = new Map(project.users.filter((u) => u.name.trim() !== '').map((u) => [u.guid, u.name.trim()]));
  const plan: ImportPlan = { articles: [], codebook, addedTags, conflicts, skippedSources: [], misfits: [], alreadyImported: 0, renamedCodes: renamed, notImported: [] };
  const sourceNotes = new Set<string>();
  for (const source of project.sources) {
    if (source.kind === 'other') {
      plan.skippedSources.push({ name: source.name || source.guid, reason: SKIP_REASONS[source.element] ?? 'not a text source' });
      continue;
    }
    const text = texts.get(source.guid);
    if (text === undefined) {
      plan.skippedSources.push({ name: source.name || source.guid, reason: 'it has no plain text (no plainTextPath or PlainTextContent)' });
      continue;
    }
    const existingFile = state.sources.get(source.guid);
    const annotations: Annotation[] = [];
    const index = new CodePointIndex(text);
    const add = (guid: string, start: number, end: number, tags: string[], note: string, claim: ClaimPatch, stamps: Pick<QdaSelection, 'created' | 'modified' | 'creatingUser'>) => {
      const id = `urn:uuid:${guid}`;
      if (state.annotationIds.has(id)) {
        plan.alreadyImported++;
        return;
      }
      const at = positionsIn(text, start, end, unit);
      if (at === null) {
        plan.misfits.push({ source: source.name, guid, start, end, tags, note, textLength: unit === 'utf16' ? text.length : index.length });
        return;
      }
      const { quote, position } = describeRange(index, at.start, at.end);
      const created = validTime(stamps.created) ?? now;
      const annotation = createAnnotation({ id, now: created, source: '', quote, position, tags, ...(note ? { note } : {}) });
      const claimed = withClaim({ ...annotation, modified: validTime(stamps.modified) ?? created }, claim, validTime(stamps.modified) ?? created);
      // The coder the project names becomes the annotation's W3C creator.
      const coder = stamps.creatingUser === undefined ? undefined : userName.get(stamps.creatingUser);
      annotations.push(coder ? withCreator(claimed, coder) : claimed);
    };
    for (const selection of source.selections) {
      const tags = [...new Set(selection.codings.flatMap((c) => (labelOf.has(c.codeGuid) ? [labelOf.get(c.codeGuid) as string] : [])))];
      const linked = selection.noteRefs.map((g) => notes.get(g)).filter((n): n is QdaNote => n !== undefined);
      const claim = linked.map((n) => claimFromNote(n.text ?? '')).find((c) => c !== null) ?? {};
      const texts = [selection.description, ...linked.filter((n) => claimFromNote(n.text ?? '') === null).map((n) => n.text)].filter((t): t is string => !!t && t.trim() !== '');
      add(selection.guid, selection.start, selection.end, tags, texts.join('\n\n'), claim, selection);
    }
    // QualCoder's highlight notes: a note holding a selection, referenced by its source.
    for (const ref of source.noteRefs) {
      const note = notes.get(ref);
      if (!note) continue;
      sourceNotes.add(ref);
      if (note.selections.length === 0) plan.notImported.push(`the note "${note.name ?? ref}" on the whole source "${source.name}" (the app has notes on passages only)`);
      note.selections.forEach((s, i) => add(note.selections.length === 1 ? note.guid : `${note.guid.slice(0, -2)}${i.toString(16).padStart(2, '0')}`, s.start, s.end, [], note.text ?? '', {}, note));
    }
    if (source.description) plan.notImported.push(`the description of the source "${source.name}"`);
    plan.articles.push({
      sourceGuid: source.guid,
      name: source.name || source.guid,
      ...(existingFile ? { existingFile } : {}),
      plainTextPath: source.plainTextPath,
      details: details(source, variableName),
      annotations,
    });
  }
  linkClaims(plan.articles.flatMap((a) => a.annotations), project, state);
  if (project.description) plan.notImported.push('the project description');
  const sets = project.users.length > 1 ? [`who made each coding (${project.users.length} users): the app keeps no users`] : [];
  plan.notImported.push(...sets);
  return plan;
}

function details(source: QdaTextSource, variableName: ReadonlyMap<string, string>): PlannedArticle['details'] {
  const out: PlannedArticle['details'] = {};
  for (const v of source.variables) {
    const name = variableName.get(v.variableGuid);
    const key = DETAIL_VARIABLES.find(([, n]) => n === name)?.[0];
    if (key && v.value.trim() !== '') out[key] = v.value.trim();
  }
  return out;
}

function validTime(value: string | undefined): string | undefined {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u.test(value) ? value : undefined;
}

/** Our links between selections: "same claim" both ways, "disputes" as ra:disputes / ra:disputedBy. */
function linkClaims(annotations: Annotation[], project: QdaProject, state: ImportState): void {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const exists = (id: string) => byId.has(id) || state.annotationIds.has(id);
  const push = (id: string, key: string, other: string) => {
    const annotation = byId.get(id);
    if (!annotation) return;
    const list = Array.isArray(annotation[key]) ? (annotation[key] as string[]) : [];
    if (!list.includes(other)) annotation[key] = [...list, other];
  };
  for (const link of project.links) {
    const from = `urn:uuid:${link.originGuid}`;
    const to = `urn:uuid:${link.targetGuid}`;
    if (!exists(from) || !exists(to)) continue;
    if (link.name === 'same claim') {
      push(from, 'ra:sameClaimAs', to);
      push(to, 'ra:sameClaimAs', from);
    } else if (link.name === 'disputes') {
      push(from, LINK_KEYS.disputes, to);
      push(to, LINK_KEYS.disputedBy, from);
    }
  }
}

/** The set's codebook, then the project's new tags; a differing colour or description of a tag the set has is a conflict. */
function mergeCodebook(ours: readonly Tag[], theirs: ReturnType<typeof codesToLabels>['codes']): Pick<ImportPlan, 'codebook' | 'addedTags' | 'conflicts'> {
  const codebook = ours.map((t) => ({ ...t }));
  const byLabel = new Map(codebook.map((t) => [t.label, t]));
  const addedTags: string[] = [];
  const conflicts: ImportPlan['conflicts'] = [];
  for (const code of theirs) {
    if (!code.isCodable && !code.description && !code.color) continue; // a folder: its children's labels carry it
    const mine = byLabel.get(code.label);
    if (!mine) {
      const tag: Tag = { label: code.label, color: code.color ?? nextTagColor(codebook), ...(code.description ? { description: code.description } : {}) };
      codebook.push(tag);
      byLabel.set(tag.label, tag);
      addedTags.push(tag.label);
      continue;
    }
    if (code.color && code.color.toLowerCase() !== mine.color.toLowerCase()) conflicts.push({ tag: code.label, field: 'color', set: mine.color, project: code.color });
    if (code.description && code.description !== mine.description) {
      if (!mine.description) mine.description = code.description;
      else conflicts.push({ tag: code.label, field: 'description', set: mine.description, project: code.description });
    }
  }
  return { codebook, addedTags, conflicts };
}
