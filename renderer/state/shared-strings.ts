/**
 * Views arrive through IPC (structured clone) or the test bridge (JSON), and
 * each annotation brings its own copy of strings that thousands of others
 * hold too: its anchoring status, its creation and edit times, its tags, its
 * stance. Sharing one copy of each keeps the heap of a heavily annotated
 * article in bounds (bench/ui: heap-1mb-5k-mb).
 */
import type { AnnotationView } from '../../annotations/api/view-types';

export class SharedStrings {
  private readonly pool = new Map<string, string>();

  /** The one copy of `value` (this one, the first time it is seen). */
  of<T extends string>(value: T): T {
    const shared = this.pool.get(value);
    if (shared !== undefined) return shared as T;
    this.pool.set(value, value);
    return value;
  }

  /** `annotation` with its repeated strings replaced by their shared copies (the same object, changed in place: it was just received). */
  annotation(annotation: AnnotationView): AnnotationView {
    annotation.status = this.of(annotation.status);
    annotation.created = this.of(annotation.created);
    annotation.modified = this.of(annotation.modified);
    for (let i = 0; i < annotation.tags.length; i++) annotation.tags[i] = this.of(annotation.tags[i]!);
    if (annotation.stance !== undefined) annotation.stance = this.of(annotation.stance);
    if (annotation.attribution !== undefined) annotation.attribution = this.of(annotation.attribution);
    if (annotation.confidence !== undefined) annotation.confidence = this.of(annotation.confidence);
    return annotation;
  }
}
