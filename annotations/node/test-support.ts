/** Shared by the Node-side tests (never imported by app code). */
import { expect } from 'vitest';
import { AnnotatorError } from '../errors';

/** Awaits a promise that must reject with an AnnotatorError, and returns that error. */
export async function refusal(promise: Promise<unknown>): Promise<AnnotatorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AnnotatorError);
  return error as AnnotatorError;
}
