/**
 * Adds an event listener and returns what removes it, so that a plugin's
 * DOM listeners and Lexical registrations are taken down together by one
 * `mergeRegister` (@lexical/utils), none forgotten.
 */
export function listen<K extends keyof WindowEventMap>(target: Window, type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): () => void;
export function listen<K extends keyof DocumentEventMap>(target: Document, type: K, listener: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): () => void;
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void;
export function listen(target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): () => void {
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}
