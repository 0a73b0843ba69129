/**
 * The Node.js version package.json promises is one every installed package
 * accepts: each `engines.node` in package-lock.json must allow every version
 * package.json's range allows. CI runs one Node 22 release (.ci/run), so
 * nothing else here would notice a dependency that needs a later one than
 * we promise.
 *
 * And the guards around it: scripts/check-node.mjs (the `preinstall` line)
 * reads the range as semver does, .npmrc makes `npm ci` refuse an old Node,
 * .nvmrc and @types/node name the oldest major the range allows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { nodeVerdict, satisfiesRange } from './check-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json') as { engines: { node: string }; devDependencies: Record<string, string>; scripts: Record<string, string> };
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string; engines?: unknown }> };
const promised = pkg.engines.node;

/** Every `engines.node` of the lockfile's packages (the root's own entry left out). */
function lockedEngines(): { name: string; range: string }[] {
  return Object.entries(lock.packages)
    .filter(([where]) => where !== '')
    .flatMap(([where, entry]) => {
      const engines = entry.engines;
      const range = engines && typeof engines === 'object' && !Array.isArray(engines) ? (engines as { node?: unknown }).node : undefined;
      return typeof range === 'string' ? [{ name: `${where.replace(/^.*node_modules\//u, '')}@${entry.version ?? '?'}`, range }] : [];
    });
}

describe('engines.node in package.json', () => {
  it('is a valid range that starts at Node 22 or later', () => {
    expect(semver.validRange(promised)).not.toBeNull();
    expect(semver.minVersion(promised)?.major).toBeGreaterThanOrEqual(22);
  });

  it('promises no Node.js version that a locked package does not accept', () => {
    const engines = lockedEngines();
    expect(engines.length).toBeGreaterThan(100);
    const unreadable = engines.filter((e) => semver.validRange(e.range) === null);
    expect(unreadable, 'engines.node ranges semver cannot read').toEqual([]);
    const wantMore = engines.filter((e) => !semver.subset(promised, e.range)).map((e) => `${e.name} needs node ${e.range}`);
    expect(wantMore, `package.json promises node ${promised}`).toEqual([]);
  });

  it('would be caught by this test if it promised less: the old ">=20.19" and a bare ">=22.12" both are', () => {
    const caught = (range: string) => lockedEngines().some((e) => !semver.subset(range, e.range));
    expect(caught('>=20.19')).toBe(true);
    expect(caught('>=22.12')).toBe(true);
    expect(caught(promised)).toBe(false);
  });

  it('names its oldest major in .nvmrc and in @types/node', () => {
    const oldest = semver.minVersion(promised)!.major;
    expect(readFileSync(path.join(root, '.nvmrc'), 'utf8').trim()).toBe(String(oldest));
    expect(semver.minVersion(pkg.devDependencies['@types/node']!)?.major).toBe(oldest);
  });

  it('is enforced: .npmrc makes npm ci refuse an older Node, and preinstall runs scripts/check-node.mjs', () => {
    const npmrc = readFileSync(path.join(root, '.npmrc'), 'utf8');
    expect(npmrc.split('\n').map((l) => l.trim())).toContain('engine-strict=true');
    expect(pkg.scripts['preinstall']).toBe('node scripts/check-node.mjs');
  });
});

describe('scripts/check-node.mjs', () => {
  it('reads the range as semver does, for every version from Node 18 to 27', () => {
    for (let major = 18; major <= 27; major++) {
      for (let minor = 0; minor <= 25; minor++) {
        for (const patch of [0, 1, 9]) {
          const version = `${major}.${minor}.${patch}`;
          expect(satisfiesRange(`v${version}`, promised), version).toBe(semver.satisfies(version, promised));
        }
      }
    }
  });

  it('refuses a range written in a form it does not read, rather than guess', () => {
    expect(() => satisfiesRange('22.13.0', '~22.13.0')).toThrow(/reads only \^X\.Y\.Z and >=X\.Y\.Z/u);
  });

  it('says nothing on a recent Node, and fails in one line that says what to install on an old one', () => {
    expect(nodeVerdict({ version: 'v22.13.0', range: promised })).toBeNull();
    expect(nodeVerdict({ version: 'v24.1.0', range: promised })).toBeNull();
    expect(nodeVerdict({ version: 'v22.12.0', range: promised })).not.toBeNull();
    expect(nodeVerdict({ version: 'v20.20.2', range: promised })?.line).toBe(
      `Research Annotator needs Node.js ${promised}, and this is 20.20.2: install Node.js 22 LTS (https://nodejs.org, or \`nvm install\`, which reads .nvmrc), then run npm ci again.`,
    );
  });
});
