/**
 * A sidecar given to its article's new name, when the article was renamed
 * outside the app (set-folder-sync.ts): the article's file and the target of
 * each annotation that pointed at the old name say the new one. Everything
 * else, unknown fields included, is kept as it was.
 */
import type { Sidecar } from './schema';

export function retargetSidecar(sidecar: Sidecar, from: string, to: string): Sidecar {
  return {
    ...sidecar,
    article: { ...sidecar.article, file: to },
    annotations: sidecar.annotations.map((a) => (a.target.source === from ? { ...a, target: { ...a.target, source: to } } : a)),
  };
}
