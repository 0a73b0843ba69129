/**
 * `npm start` on Linux systems that keep user namespaces from Chromium's
 * sandbox (Ubuntu 24.04 and later): scripts/start.mjs prints the one command
 * that fixes it, instead of Electron's FATAL line and stack, and only then.
 * The facts are read from real files laid out as /proc/sys and
 * /etc/apparmor.d are, so the test runs on any host.
 */
import { chmod, mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installNeeded } from './install.mjs';
import { helperConfigured, readSandboxFacts, sandboxProblem, shellQuote } from './start.mjs';

const UBUNTU = 'kernel.apparmor_restrict_unprivileged_userns = 1 (AppArmor, as on Ubuntu 24.04 and later)';
const HELPER = '/home/ana/Research Annotator/node_modules/electron/dist/chrome-sandbox';

describe('sandboxProblem', () => {
  it('prints the one command that makes the helper root-owned and setuid, quoted for a path with spaces', () => {
    const message = sandboxProblem({ restriction: UBUNTU, helperPath: HELPER, helper: { uid: 1000, mode: 0o100755 }, profileAllows: false });
    expect(message).toContain(`  sudo chown root:root '${HELPER}' && sudo chmod 4755 '${HELPER}'\n`);
    expect(message).toContain('kernel.apparmor_restrict_unprivileged_userns = 1');
    expect(message).toContain('is not owned by root with mode 4755');
    expect(message).not.toMatch(/--no-sandbox|sysctl -w/u);
  });

  it('says nothing when Electron can start: no restriction, a configured helper, or an AppArmor profile for it', () => {
    expect(sandboxProblem({ restriction: null, helperPath: HELPER, helper: { uid: 1000, mode: 0o100755 }, profileAllows: false })).toBeNull();
    expect(sandboxProblem({ restriction: UBUNTU, helperPath: HELPER, helper: { uid: 0, mode: 0o104755 }, profileAllows: false })).toBeNull();
    expect(sandboxProblem({ restriction: UBUNTU, helperPath: HELPER, helper: { uid: 1000, mode: 0o100755 }, profileAllows: true })).toBeNull();
  });

  it('accepts only root, setuid and 0755 as Chromium does', () => {
    expect(helperConfigured({ uid: 0, mode: 0o104755 })).toBe(true);
    expect(helperConfigured({ uid: 0, mode: 0o100755 })).toBe(false);
    expect(helperConfigured({ uid: 1000, mode: 0o104755 })).toBe(false);
    expect(helperConfigured({ uid: 0, mode: 0o104777 })).toBe(false);
    expect(helperConfigured(null)).toBe(false);
  });

  it('quotes a path with a quote in it for sh', () => {
    expect(shellQuote("/home/o'neil/chrome-sandbox")).toBe(`'/home/o'\\''neil/chrome-sandbox'`);
  });
});

describe('readSandboxFacts, from files laid out as on the system', () => {
  let dir: string;
  let electron: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ra-sandbox-'));
    electron = path.join(dir, 'dist', 'electron');
    await mkdir(path.dirname(electron), { recursive: true });
    await writeFile(electron, '');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function system(name: string, files: Record<string, string>): Promise<{ procSys: string; apparmorDir: string }> {
    const base = path.join(dir, name);
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(base, file)), { recursive: true });
      await writeFile(path.join(base, file), text);
    }
    await mkdir(path.join(base, 'apparmor.d'), { recursive: true });
    return { procSys: path.join(base, 'sys'), apparmorDir: path.join(base, 'apparmor.d') };
  }

  it('finds Ubuntu 24.04’s AppArmor restriction and the helper npm installed, and turns them into the fix', async () => {
    const roots = await system('ubuntu', { 'sys/kernel/apparmor_restrict_unprivileged_userns': '1\n', 'sys/user/max_user_namespaces': '63000\n' });
    const helperPath = path.join(dir, 'dist', 'chrome-sandbox');
    await writeFile(helperPath, '');
    await chmod(helperPath, 0o755);
    const facts = readSandboxFacts(electron, roots);
    const onDisk = await stat(helperPath);
    expect(facts).toEqual({ restriction: UBUNTU, helperPath, helper: { uid: onDisk.uid, mode: onDisk.mode }, profileAllows: false });
    expect(sandboxProblem(facts)).toContain(`sudo chmod 4755 ${shellQuote(helperPath)}`);
  });

  it('finds no restriction where the switches allow user namespaces or do not exist', async () => {
    expect(readSandboxFacts(electron, await system('debian', { 'sys/kernel/unprivileged_userns_clone': '1\n' })).restriction).toBeNull();
    expect(readSandboxFacts(electron, await system('bare', {})).restriction).toBeNull();
    expect(readSandboxFacts(electron, await system('old', { 'sys/kernel/unprivileged_userns_clone': '0\n' })).restriction).toBe('kernel.unprivileged_userns_clone = 0');
  });

  it('takes an AppArmor profile that grants this Electron user namespaces as the fix already made', async () => {
    const roots = await system('profiled', { 'sys/kernel/apparmor_restrict_unprivileged_userns': '1' });
    await writeFile(path.join(roots.apparmorDir, 'other'), 'profile other /usr/bin/other flags=(unconfined) {\n  userns,\n}\n');
    expect(readSandboxFacts(electron, roots).profileAllows).toBe(false);
    await writeFile(path.join(roots.apparmorDir, 'electron-dev'), `abi <abi/4.0>,\nprofile electron-dev ${electron} flags=(unconfined) {\n  userns,\n}\n`);
    expect(readSandboxFacts(electron, roots).profileAllows).toBe(true);
  });
});

describe('installNeeded: npm start on a fresh clone installs first', () => {
  it('asks for npm ci when nothing is installed, and again when the lockfile wants another version than the install has', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ra-start-'));
    try {
      const lock = (packages: Record<string, unknown>) => JSON.stringify({ lockfileVersion: 3, packages });
      await writeFile(path.join(root, 'package-lock.json'), lock({ '': { name: 'x' }, 'node_modules/zod': { version: '4.1.0' }, 'node_modules/@esbuild/darwin-arm64': { version: '0.25.0', optional: true } }));
      expect(installNeeded(root)).toBe('the dependencies are not installed yet');
      await mkdir(path.join(root, 'node_modules'));
      // Installed on Linux: the macOS-only optional package is absent, as it should be.
      await writeFile(path.join(root, 'node_modules', '.package-lock.json'), lock({ 'node_modules/zod': { version: '4.1.0' } }));
      expect(installNeeded(root)).toBeNull();
      // A checkout that only touched the file's date changes nothing.
      await utimes(path.join(root, 'package-lock.json'), new Date(), new Date());
      expect(installNeeded(root)).toBeNull();
      // A pull brought another version.
      await writeFile(path.join(root, 'package-lock.json'), lock({ '': { name: 'x' }, 'node_modules/zod': { version: '4.2.0' } }));
      expect(installNeeded(root)).toBe('package-lock.json changed since the last install');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
