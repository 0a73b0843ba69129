/** Which platform's keys apply: ⌘ on macOS, Ctrl elsewhere. */
import type { Platform } from '../../annotations/api/commands';

export function currentPlatform(): Platform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const name = nav.userAgentData?.platform ?? navigator.platform ?? '';
  return /mac/iu.test(name) ? 'mac' : 'other';
}
