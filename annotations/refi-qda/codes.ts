/**
 * Tags and REFI-QDA codes. A `/` in a label is a level (`Security/Guarantees`
 * sits under `Security`): exported, each level is a code nested in its
 * parent's; a level that is no tag of its own is a folder (`isCodable`
 * false). Imported, a code's label is its path of names; a `/` inside a name
 * (allowed elsewhere) would make a level, so it becomes `∕` (U+2215), said in
 * the report.
 */
import { normalizeTagLabel, type Tag } from '../model/codebook';
import { stableGuid } from './guid';
import type { QdaCode } from './project';

export function tagGuid(label: string): string {
  return stableGuid('tag', label);
}

/** The codebook's tags as a tree of codes, in codebook order. */
export function tagsToCodes(tags: readonly Tag[]): QdaCode[] {
  const roots: QdaCode[] = [];
  const byPath = new Map<string, QdaCode>();
  const tagged = new Map(tags.map((t) => [t.label, t]));
  for (const tag of tags) {
    const levels = tag.label.split('/');
    let siblings = roots;
    levels.forEach((name, i) => {
      const path = levels.slice(0, i + 1).join('/');
      let code = byPath.get(path);
      if (!code) {
        const own = tagged.get(path);
        code = { guid: tagGuid(path), name, isCodable: own !== undefined, children: [], ...(own ? { color: own.color } : {}), ...(own?.description ? { description: own.description } : {}) };
        byPath.set(path, code);
        siblings.push(code);
      }
      siblings = code.children;
    });
  }
  return roots;
}

export interface ImportedCode {
  guid: string;
  label: string;
  isCodable: boolean;
  color?: string;
  description?: string;
}

/** Every code with its label (the path of names), parents first; `renamed` lists the names whose `/` was replaced. */
export function codesToLabels(codes: readonly QdaCode[]): { codes: ImportedCode[]; renamed: string[] } {
  const out: ImportedCode[] = [];
  const renamed: string[] = [];
  const walk = (list: readonly QdaCode[], parent: string) => {
    for (const code of list) {
      let name = normalizeTagLabel(code.name.replace(/\//gu, '\u2215'));
      if (code.name.includes('/')) renamed.push(code.name);
      if (name === '') name = 'Unnamed code';
      const label = parent === '' ? name : `${parent}/${name}`;
      out.push({ guid: code.guid, label, isCodable: code.isCodable, ...(code.color ? { color: code.color } : {}), ...(code.description ? { description: code.description } : {}) });
      walk(code.children, label);
    }
  };
  walk(codes, '');
  return { codes: out, renamed };
}
