/**
 * Errors the core raises on purpose. Each names what went wrong in words an
 * analyst can act on and, where there is one, the file concerned.
 */
export type ErrorKind =
  | 'invalid-argument'
  | 'not-found'
  | 'outside-set'
  | 'invalid-sidecar'
  | 'unsupported-version'
  | 'invalid-article'
  | 'no-set-open'
  | 'read-only'
  | 'io'
  | 'conflict'
  | 'internal';

export class AnnotatorError extends Error {
  readonly kind: ErrorKind;
  readonly file: string | undefined;

  constructor(kind: ErrorKind, message: string, file?: string) {
    super(message);
    this.name = 'AnnotatorError';
    this.kind = kind;
    this.file = file;
  }
}

/** What went wrong, in words: an error's message, or whatever was thrown as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
