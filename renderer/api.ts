/**
 * The one door to the core: `window.annotator`, exposed by Electron's preload
 * (or by the test bridge). Typed by the contract declared in `annotations/`.
 */
import type { AnnotatorApi, ApiResult } from '../annotations/api/contract';

declare global {
  interface Window {
    annotator?: AnnotatorApi;
  }
}

export function getApi(): AnnotatorApi {
  if (!window.annotator) {
    throw new Error('The annotator API is missing: the app must run inside its desktop shell.');
  }
  return window.annotator;
}

/** Unwraps a result, turning an error value into a thrown Error with the core's message. */
export async function call<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw new ApiCallError(settled.error.message, settled.error.kind);
}

export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
  }
}
