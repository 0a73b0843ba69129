/** Builds the production renderer, the licence list (Help ▸ About) and the test bridge once before the e2e run. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './harness/paths';

export default function globalSetup(): void {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), 'renderer', 'licenses', 'e2e-bridge'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
