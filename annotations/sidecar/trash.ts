/**
 * The set's trash, `annotation-trash.json` in the set folder: annotations the
 * analyst deleted, each with its article and the time of deletion, until the
 * trash is emptied. Same rules as the sidecars: versioned, validated, unknown
 * fields kept, written atomically.
 */
import { z } from 'zod';
import type { Annotation } from '../model/annotation';
import { annotationSchema, formatFields, parseVersionedJson } from './schema';
import { fromStoredAnnotation, toStoredAnnotation } from './stored-annotation';

export const TRASH_FILE_NAME = 'annotation-trash.json';
export const TRASH_FORMAT = 'research-annotator/trash';
export const TRASH_VERSION = 1;

export interface TrashItem {
  /** The article (file name in the set) the annotation belonged to. */
  file: string;
  /** When it was deleted (ISO 8601, UTC). */
  deleted: string;
  annotation: Annotation;
  [key: string]: unknown;
}

export interface TrashFile {
  format: typeof TRASH_FORMAT;
  version: typeof TRASH_VERSION;
  items: TrashItem[];
  [key: string]: unknown;
}

const trashItemSchema = z.looseObject({
  file: z.string().min(1),
  deleted: z.iso.datetime({ offset: true }),
  annotation: annotationSchema,
});

export const trashFileSchema = z
  .looseObject({
    ...formatFields(TRASH_FORMAT, TRASH_VERSION),
    items: z.array(trashItemSchema),
  })
  .meta({ title: 'Research Annotator trash' });

export function emptyTrash(): TrashFile {
  return { format: TRASH_FORMAT, version: TRASH_VERSION, items: [] };
}

/** Annotations in the trash are stored as in sidecars (sidecar/stored-annotation.ts). */
export function parseTrashFile(json: string, fileName = TRASH_FILE_NAME): TrashFile {
  const trash = parseVersionedJson<TrashFile>(json, fileName, trashFileSchema, TRASH_VERSION);
  trash.items = trash.items.map((item) => ({ ...item, annotation: fromStoredAnnotation(item.annotation) }));
  return trash;
}

export function serializeTrashFile(trash: TrashFile): string {
  const items = trash.items.map((item) => ({ ...item, annotation: toStoredAnnotation(item.annotation) }));
  return JSON.stringify({ ...trash, items }, null, 2) + '\n';
}
