import { describe, expect, it } from 'vitest';
import { sandboxOffNotice } from './sandbox-guard';

const switches = (...names: string[]) => ({ hasSwitch: (name: string) => names.includes(name) });

describe('sandboxOffNotice', () => {
  it('is null when the sandbox is on, whatever else the command line holds', () => {
    expect(sandboxOffNotice(switches())).toBeNull();
    expect(sandboxOffNotice(switches('disable-gpu', 'enable-logging'))).toBeNull();
  });

  it('refuses --no-sandbox, saying why and what to install instead', () => {
    const notice = sandboxOffNotice(switches('no-sandbox'));
    expect(notice?.title).toBe('Research Annotator does not run without its sandbox');
    expect(notice?.message).toMatch(/^It was started with --no-sandbox, which turns off Chromium's sandbox/u);
    expect(notice?.message).toContain('Install the .deb package instead');
    expect(notice?.message).toContain('"Ubuntu 24.04 and later" in the README');
  });
});
