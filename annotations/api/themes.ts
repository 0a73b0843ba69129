/**
 * The app's themes: `system` follows the OS's light or dark mode. In a module
 * of its own, without zod, so the UI can import the list without bundling
 * the contract's validation (zod probes `new Function`, which the CSP refuses).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
