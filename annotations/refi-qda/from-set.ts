/**
 * A set as a REFI-QDA project (what goes where is in the README's table,
 * "REFI-QDA"): each article a TextSource whose text is its file under
 * sources/, byte for byte; its details as source variables; each annotation
 * found in the current text a PlainTextSelection with its tags as codings,
 * its note as the description, its claim fields as a linked note
 * (claim-note.ts); same-claim and dispute links as Links; the analyst a User.
 * Pure: the caller reads the set and anchors the annotations.
 */
import { noteOf, tagsOf, type Annotation } from '../model/annotation';
import { creatorNamesOf } from '../model/creator';
import { claimOf } from '../model/claim';
import { linksOf } from '../model/claim-links';
import type { Tag } from '../model/codebook';
import { claimNoteText } from './claim-note';
import { tagGuid, tagsToCodes } from './codes';
import { guidOfAnnotationId, stableGuid } from './guid';
import { positionsOut, type PositionUnit } from './positions';
import type { QdaLink, QdaNote, QdaProject, QdaTextSource, QdaVariable } from './project';

export interface ExportArticle {
  file: string;
  /** The text the positions count in (a leading BOM removed). */
  text: string;
  details: SourceDetails;
  /** Annotations found in the current text, with their places (code points). */
  placed: { annotation: Annotation; start: number; end: number }[];
  /** Annotations whose quote is no longer in the text: they have no place to export. */
  orphans: Annotation[];
}

export interface ExportInput {
  setName: string;
  analyst: string;
  origin: string;
  exportedAt: Date;
  tags: readonly Tag[];
  articles: readonly ExportArticle[];
  unit: PositionUnit;
}

export interface ExportedProject {
  project: QdaProject;
  /** Each article's file and the name of its copy under sources/. */
  files: { article: string; internal: string }[];
  /** Annotations left out: orphans, by article and quote. */
  orphans: { file: string; quote: string }[];
}

/** The article details each TextSource carries as a variable, and their names there. */
export const DETAIL_VARIABLES = [
  ['title', 'Title'],
  ['source', 'Outlet'],
  ['author', 'Author'],
  ['published', 'Published'],
  ['url', 'URL'],
  ['accessed', 'Accessed'],
] as const;

/** An article's details as a source carries them. */
export type SourceDetails = Partial<Record<(typeof DETAIL_VARIABLES)[number][0], string>>;

/** The details of an article's stored details that a source carries (empty ones left out). */
export function sourceDetailsOf(article: Readonly<Record<string, unknown>> | undefined): SourceDetails {
  const out: SourceDetails = {};
  for (const [key] of DETAIL_VARIABLES) {
    const value = article?.[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}

export function variableGuid(name: string): string {
  return stableGuid('variable', name);
}

export function articleGuid(file: string): string {
  return stableGuid('article', file);
}

/** A selection's name: its quote, on one line, shortened. */
function selectionName(quote: string): string {
  const line = quote.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(line);
  return chars.length > 100 ? `${chars.slice(0, 100).join('')}…` : line;
}

export function setToProject(input: ExportInput): ExportedProject {
  const user = { guid: stableGuid('user', input.analyst), name: input.analyst };
  // Who coded each annotation (its W3C creator) is a User of its own; the exporting analyst codes the rest.
  const users = new Map([[user.name, user]]);
  const coderOf = (annotation: Annotation): string => {
    const name = creatorNamesOf(annotation)[0];
    if (name === undefined) return user.guid;
    if (!users.has(name)) users.set(name, { guid: stableGuid('user', name), name });
    return (users.get(name) as { guid: string }).guid;
  };
  const when = input.exportedAt.toISOString();
  const variables: QdaVariable[] = DETAIL_VARIABLES.map(([, name]) => ({ guid: variableGuid(name), name, type: 'Text' }));
  const notes: QdaNote[] = [];
  const links: QdaLink[] = [];
  const exported = new Set(input.articles.flatMap((a) => a.placed.map((p) => p.annotation.id)));
  const linked = new Set<string>();
  const files: ExportedProject['files'] = [];
  const sources: QdaTextSource[] = input.articles.map((article) => {
    const guid = articleGuid(article.file);
    files.push({ article: article.file, internal: `${guid}.txt` });
    const selections = article.placed.map(({ annotation, start, end }) => {
      const selectionGuid = guidOfAnnotationId(annotation.id);
      const claim = claimOf(annotation);
      const claimText = claimNoteText(claim);
      const noteRefs: string[] = [];
      if (claimText !== null) {
        const noteGuid = stableGuid('claim-note', annotation.id);
        notes.push({ guid: noteGuid, name: `Claim: ${selectionName(quoteOf(annotation))}`, text: claimText, creatingUser: user.guid, created: annotation.modified, selections: [] });
        noteRefs.push(noteGuid);
      }
      for (const other of claim.sameClaimAs) addLink(links, linked, exported, annotation.id, other, 'same claim');
      for (const other of linksOf(annotation).disputes) addLink(links, linked, exported, annotation.id, other, 'disputes');
      const note = noteOf(annotation);
      const at = positionsOut(article.text, start, end, input.unit);
      return {
        guid: selectionGuid,
        name: selectionName(quoteOf(annotation)),
        start: at.start,
        end: at.end,
        ...(note !== '' ? { description: note } : {}),
        codings: tagsOf(annotation).map((label) => ({ guid: stableGuid('coding', annotation.id, label), codeGuid: tagGuid(label) })),
        noteRefs,
        creatingUser: coderOf(annotation),
        created: annotation.created,
        modified: annotation.modified,
      };
    });
    return {
      kind: 'text',
      guid,
      name: article.file,
      plainTextPath: `internal://${guid}.txt`,
      selections,
      noteRefs: [],
      variables: DETAIL_VARIABLES.flatMap(([key, name]) => (article.details[key] ? [{ variableGuid: variableGuid(name), value: article.details[key] }] : [])),
      creatingUser: user.guid,
      created: when,
    };
  });
  // Tags used but missing from the codebook are codes too: every coding needs its code.
  const known = new Set(input.tags.map((t) => t.label));
  const used = [...new Set(input.articles.flatMap((a) => a.placed.flatMap((p) => tagsOf(p.annotation))))].filter((l) => !known.has(l)).sort();
  const tags = [...input.tags, ...used.map((label) => ({ label, color: '#d9d9d9' }))];
  return {
    project: {
      name: input.setName,
      origin: input.origin,
      creatingUser: user.guid,
      created: when,
      modified: when,
      users: [...users.values()],
      codes: tagsToCodes(tags),
      variables,
      sources,
      notes,
      links,
    },
    files,
    orphans: input.articles.flatMap((a) => a.orphans.map((o) => ({ file: a.file, quote: quoteOf(o) }))),
  };
}

function quoteOf(annotation: Annotation): string {
  const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
  return typeof quote?.['exact'] === 'string' ? quote['exact'] : '';
}

/** One link per pair and kind (same-claim links are kept on both sides), only between exported selections. */
function addLink(links: QdaLink[], seen: Set<string>, exported: Set<string>, from: string, to: string, name: 'same claim' | 'disputes'): void {
  if (!exported.has(to)) return;
  const [a, b] = name === 'same claim' ? [from, to].sort() : [from, to];
  const key = `${name}\u0000${a}\u0000${b}`;
  if (seen.has(key)) return;
  seen.add(key);
  links.push({ guid: stableGuid('link', key), name, direction: name === 'same claim' ? 'Associative' : 'OneWay', originGuid: guidOfAnnotationId(a as string), targetGuid: guidOfAnnotationId(b as string) });
}
