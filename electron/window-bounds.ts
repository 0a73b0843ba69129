/**
 * Where the window reopens: the size and place it had, unless that is no
 * longer on a screen (a monitor unplugged, a smaller resolution). Pure, so it
 * is tested with made-up displays.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** A display's work area: the screen without the taskbar, Dock or menu bar. */
export interface Display {
  workArea: Rect;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must be on a screen to count: enough to grab and move the window. */
const VISIBLE = { width: 120, height: 40 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** The window's top strip (where the title bar is) is on the display enough to grab it. */
function titleBarOn(bounds: Rect, display: Display): boolean {
  const strip = { x: bounds.x, y: bounds.y, width: bounds.width, height: VISIBLE.height };
  const shared = overlap(strip, display.workArea);
  return shared.width >= Math.min(VISIBLE.width, bounds.width) && shared.height >= VISIBLE.height;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

/**
 * The bounds to open the window with. Saved bounds whose title bar is on a
 * display are kept, shrunk to fit that display; otherwise the saved size (or
 * the default) is centred on the primary display. Never smaller than MIN_SIZE
 * unless the display itself is.
 */
export function restoredBounds(saved: Rect | null, displays: readonly Display[], primary: Display): Rect {
  const size = saved ? { width: saved.width, height: saved.height } : DEFAULT_SIZE;
  const home = saved ? displays.find((d) => titleBarOn(saved, d)) : undefined;
  if (!saved || !home) return centred(size, primary.workArea);
  const area = home.workArea;
  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), area.height);
  // Shrunk to fit, then moved in so no edge hangs off the display.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** A window state read from disk, or null when it is not one (then the defaults apply). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const b = v['bounds'] as Record<string, unknown> | undefined;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!b || !finite(b['x']) || !finite(b['y']) || !finite(b['width']) || !finite(b['height'])) return null;
  if (b['width'] <= 0 || b['height'] <= 0) return null;
  return {
    bounds: { x: Math.round(b['x']), y: Math.round(b['y']), width: Math.round(b['width']), height: Math.round(b['height']) },
    maximized: v['maximized'] === true,
  };
}
