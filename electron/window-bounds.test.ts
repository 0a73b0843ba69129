import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseWindowState, restoredBounds, type Display } from './window-bounds';

const laptop: Display = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: Display = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const monitorAbove: Display = { workArea: { x: 0, y: -1080, width: 1920, height: 1080 } };

describe('restoredBounds: where the window reopens (fake displays)', () => {
  it('keeps a saved place that is on a screen', () => {
    expect(restoredBounds({ x: 100, y: 80, width: 1200, height: 800 }, [laptop], laptop)).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
    expect(restoredBounds({ x: 1600, y: 100, width: 1800, height: 1200 }, [laptop, monitorRight], laptop)).toEqual({ x: 1600, y: 100, width: 1800, height: 1200 });
    expect(restoredBounds({ x: 200, y: -900, width: 1300, height: 800 }, [laptop, monitorAbove], laptop)).toEqual({ x: 200, y: -900, width: 1300, height: 800 });
  });

  it('centres the window on the primary screen when its screen is gone', () => {
    // Saved on the monitor to the right, which is unplugged now.
    expect(restoredBounds({ x: 1600, y: 100, width: 1000, height: 700 }, [laptop], laptop)).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
    // Too big for the laptop: shrunk to its work area.
    expect(restoredBounds({ x: 1600, y: 100, width: 2400, height: 1300 }, [laptop], laptop)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('pulls a window whose title bar is barely on screen back in, and shrinks it to fit', () => {
    // Only 150 px of the title bar show at the right edge of the laptop: enough to count, moved fully in.
    expect(restoredBounds({ x: 1290, y: 300, width: 1000, height: 700 }, [laptop], laptop)).toEqual({ x: 440, y: 200, width: 1000, height: 700 });
    // Title bar above the top of the screen (hidden under the menu bar): not on screen, centred.
    expect(restoredBounds({ x: 100, y: -500, width: 1000, height: 700 }, [laptop], laptop)).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('opens at the default size, centred, the first time', () => {
    expect(restoredBounds(null, [laptop, monitorRight], laptop)).toEqual({ x: 80, y: 53, ...DEFAULT_SIZE });
  });
});

describe('parseWindowState', () => {
  it('accepts what trackWindowState writes and refuses anything else', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true })).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true });
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 1000, height: 700 } })).toMatchObject({ maximized: false });
    for (const bad of [null, 'x', {}, { bounds: { x: 1, y: 2, width: 0, height: 700 } }, { bounds: { x: Number.NaN, y: 2, width: 10, height: 7 } }, { bounds: { x: '1', y: 2, width: 10, height: 7 } }]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });
});
