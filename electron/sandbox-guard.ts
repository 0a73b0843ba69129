/**
 * The app never runs without Chromium's sandbox. `--no-sandbox` turns it off
 * for every page, and electron-builder's AppImage launcher adds that switch
 * by itself where the system keeps user namespaces from the sandbox (Ubuntu
 * 24.04 and later, without an AppArmor profile for the AppImage). Main then
 * says why it stops and how to fix it, instead of running unprotected.
 */

/** Chromium switches that turn the sandbox off for every process. */
export const SANDBOX_OFF_SWITCHES = ['no-sandbox'] as const;

export interface SandboxNotice {
  title: string;
  message: string;
}

/** The notice to show before quitting, or null when the sandbox is on. */
export function sandboxOffNotice(commandLine: { hasSwitch(name: string): boolean }): SandboxNotice | null {
  const off = SANDBOX_OFF_SWITCHES.find((name) => commandLine.hasSwitch(name));
  if (off === undefined) return null;
  return {
    title: 'Research Annotator does not run without its sandbox',
    message: [
      `It was started with --${off}, which turns off Chromium's sandbox for every page it shows.`,
      'The AppImage adds that switch by itself where the system keeps user namespaces from the sandbox, as Ubuntu 24.04 and later do.',
      'Install the .deb package instead (it sets up an AppArmor profile for the app), or give the AppImage an AppArmor profile:',
      'see "Ubuntu 24.04 and later" in the README.',
    ].join('\n'),
  };
}
