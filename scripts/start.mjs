#!/usr/bin/env node
/**
 * `npm start [-- <folder>]`: installs the dependencies when they are missing
 * or not those package-lock.json names (so a fresh clone needs this one command),
 * builds the app and starts Electron on it.
 *
 * On Linux it first (before building) checks the one case where Electron dies at start with a
 * FATAL line and a stack trace (electron/electron#42510): the kernel keeps
 * unprivileged user namespaces from Chromium's sandbox (Ubuntu 24.04 and
 * later through AppArmor; some older kernels through a sysctl), so Chromium
 * falls back to its setuid helper, chrome-sandbox, and npm installed that
 * helper owned by the user, not root with mode 4755. Then it prints the one
 * command that fixes it, and does not start Electron. The sandbox is never
 * turned off (no --no-sandbox, here or in the app).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installIfNeeded } from './install.mjs';

/** The kernel settings that keep unprivileged user namespaces from Chromium, and the value that does. */
export const USERNS_SWITCHES = [
  { file: 'kernel/apparmor_restrict_unprivileged_userns', restricts: '1', name: 'kernel.apparmor_restrict_unprivileged_userns = 1 (AppArmor, as on Ubuntu 24.04 and later)' },
  { file: 'kernel/unprivileged_userns_clone', restricts: '0', name: 'kernel.unprivileged_userns_clone = 0' },
  { file: 'user/max_user_namespaces', restricts: '0', name: 'user.max_user_namespaces = 0' },
];

/** Owned by root, setuid, and rwxr-xr-x: what Chromium requires of its helper before it will use it. */
export function helperConfigured(helper) {
  return helper !== null && helper.uid === 0 && (helper.mode & 0o7777) === 0o4755;
}

/** A path quoted for sh, so a folder with spaces (or quotes) pastes as one word. */
export function shellQuote(text) {
  return `'${text.replace(/'/gu, `'\\''`)}'`;
}

/**
 * What to print instead of starting Electron, or null when it can start.
 * `facts`: `restriction`, the kernel setting in force (null: none);
 * `helper`, the chrome-sandbox file's path, uid and mode (null: none found);
 * `profileAllows`, whether an AppArmor profile grants this Electron user
 * namespaces (the other fix, which needs no setuid helper).
 */
export function sandboxProblem({ restriction, helperPath, helper, profileAllows }) {
  if (restriction === null || profileAllows || helperConfigured(helper)) return null;
  const quoted = shellQuote(helperPath);
  return [
    `Electron cannot start its sandbox on this system: ${restriction} keeps unprivileged user namespaces from it,`,
    `so Chromium needs its setuid helper, and ${helperPath} is ${helper === null ? 'missing' : 'not owned by root with mode 4755'}.`,
    'Fix it once with this command (and again after each npm ci, which installs a fresh copy):',
    '',
    `  sudo chown root:root ${quoted} && sudo chmod 4755 ${quoted}`,
    '',
    'The app never runs with its sandbox turned off. See the README, "Ubuntu 24.04 and later".',
  ].join('\n');
}

/** Reads the facts sandboxProblem needs, from `/proc/sys` and `/etc/apparmor.d` (or the folders given, for tests). */
export function readSandboxFacts(electronBinary, { procSys = '/proc/sys', apparmorDir = '/etc/apparmor.d' } = {}) {
  const read = (file) => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return null;
    }
  };
  const restriction = USERNS_SWITCHES.find((s) => read(path.join(procSys, ...s.file.split('/'))) === s.restricts)?.name ?? null;
  const helperPath = path.join(path.dirname(electronBinary), 'chrome-sandbox');
  let helper = null;
  try {
    const stat = statSync(helperPath);
    helper = { uid: stat.uid, mode: stat.mode };
  } catch {
    // No helper: the message says so.
  }
  let profileAllows = false;
  try {
    profileAllows = readdirSync(apparmorDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .some((entry) => {
        const profile = read(path.join(apparmorDir, entry.name)) ?? '';
        return profile.includes(electronBinary) && /^\s*userns\s*,/mu.test(profile);
      });
  } catch {
    // No AppArmor profiles here.
  }
  return { restriction, helperPath, helper, profileAllows };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  installIfNeeded(root);
  let electron;
  try {
    // The package's entry gives the binary's path, downloading it on first use.
    electron = createRequire(path.join(root, 'package.json'))('electron');
  } catch (error) {
    console.error(`Electron's binary could not be fetched (${error.message.split('\n')[0]}). It is downloaded on the first npm start: check the network, or see the README, "First start".`);
    process.exit(1);
  }

  if (process.platform === 'linux') {
    const problem = sandboxProblem(readSandboxFacts(electron));
    if (problem !== null) {
      console.error(problem);
      process.exit(1);
    }
  }

  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);

  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
