/**
 * Who coded an annotation: the W3C model's `creator`, written by the app as
 * `{ "type": "Person", "name": … }`. Read tolerantly, because other tools
 * and older files write it differently or not at all: an IRI string, an
 * agent object with `name` or `nickname`, or a list of them (the model allows
 * several creators). None of these makes an annotation invalid.
 */
import type { Annotation } from './annotation';

export interface Person {
  type: 'Person';
  name: string;
  [key: string]: unknown;
}

/** Longest analyst name kept (a name, not a note). */
export const MAX_ANALYST_NAME = 200;

/** The name as kept: trimmed, inner runs of white space as one space; null when nothing is left. */
export function normalizeAnalystName(name: string): string | null {
  const clean = name.replace(/\s+/gu, ' ').trim().slice(0, MAX_ANALYST_NAME);
  return clean === '' ? null : clean;
}

function nameOf(agent: unknown): string | null {
  if (typeof agent === 'string') return agent.trim() === '' ? null : agent;
  if (agent === null || typeof agent !== 'object') return null;
  const record = agent as Record<string, unknown>;
  for (const key of ['name', 'nickname', 'id']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** The creators' names, in the order stored, without duplicates; [] when there is no (readable) creator. */
export function creatorNamesOf(annotation: Annotation): string[] {
  const creator = annotation['creator'];
  const agents = Array.isArray(creator) ? creator : creator === undefined ? [] : [creator];
  return [...new Set(agents.map(nameOf).filter((n): n is string => n !== null))];
}

/**
 * Stamps the analyst who created or changed the annotation. An annotation
 * another person coded keeps that person and gains the analyst as a second
 * creator (the model allows several), so a colleague's edit never erases who
 * coded it first. Unchanged when the analyst is already there.
 */
export function withCreator(annotation: Annotation, name: string): Annotation {
  if (creatorNamesOf(annotation).includes(name)) return annotation;
  const person: Person = { type: 'Person', name };
  const creator = annotation['creator'];
  if (creator === undefined) return { ...annotation, creator: person };
  return { ...annotation, creator: [...(Array.isArray(creator) ? creator : [creator]), person] };
}
