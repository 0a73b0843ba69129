/**
 * Tells screen-reader users what a keyboard command did when nothing they
 * hear would say it (j/k move the current annotation, edges move by a word):
 * one polite live region, visually hidden, shared by the window.
 */
let region: HTMLElement | null = null;

export function announce(text: string): void {
  if (!region || !region.isConnected) {
    region = document.createElement('div');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
    region.className = 'live-announcer';
    // Visually hidden, still read (the usual "sr-only" rules).
    Object.assign(region.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
    document.body.appendChild(region);
  }
  // A repeated message is announced again only if the text changes: clear first.
  region.textContent = '';
  const target = region;
  requestAnimationFrame(() => (target.textContent = text));
}
