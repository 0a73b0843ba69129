/**
 * The installers' configuration (electron-builder.yml), checked as far as a
 * machine without Electron's binary can: electron-builder's own loader and
 * schema validation, the icons against the one SVG, the file association,
 * the seeds, what node_modules ships, and the fuses flipped by
 * electron-builder's own code and @electron/fuses in a stand-in binary that
 * carries Electron's fuse wire. The last test packages the app for real
 * (`--dir`, no installer) with that stand-in in place of Electron.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, chmod, mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCurrentFuseWire, flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { extractFile, listPackage } from '@electron/asar';
import { PlatformPackager, type Configuration, type LinuxPackager } from 'app-builder-lib';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget';
import AppImageTarget from 'app-builder-lib/out/targets/appimage/AppImageTarget';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATIONS_SUFFIX } from '../electron/launch-target';
import { ICNS_FILE, ICNS_TYPES, ICO_FILE, ICO_SIZES, ICON_SVG, LINUX_DIR, makeIcons, PNG_SIZES, pngSize, readIcns, readIco } from './icons.mjs';
import { SHIPPED_MODULES, shippedPackageDirs } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = { isEnabled: false, data: new Map(), add: () => undefined, save: async () => undefined };

let config: Configuration;
beforeAll(async () => {
  // As `electron-builder` loads it: electron-builder.yml beside package.json.
  config = await getConfig(root, null, null);
});

/** A `files` pattern as electron-builder reads it, enough for ours: `**` any path, `*` one name's part. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/gu, '\\$&').replace(/\*\*/gu, '\0').replace(/\*/gu, '[^/]*').replace(/\0/gu, '.*');
  return new RegExp(`^${escaped}$`, 'u');
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation (its JSON schema, scheme.json), which refuses a misspelt option", async () => {
    await expect(validateConfiguration(config, quiet as never)).resolves.toBeUndefined();
    const typo = { ...config, linux: { ...config.linux, categroy: 'Office' } } as Configuration;
    await expect(validateConfiguration(typo, quiet as never)).rejects.toThrow(/does not match the API schema[\s\S]*configuration\.linux/u);
  });

  it('builds Linux AppImage and deb, a universal macOS dmg and a Windows NSIS installer, as "Research Annotator"', () => {
    expect(config.appId).toBe('org.research-annotator.app');
    expect(config.productName).toBe('Research Annotator');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it("keeps Chromium's sandbox on: no --no-sandbox in the AppImage's desktop entry, electron-builder's own deb scripts (AppArmor profile, setuid helper) kept", () => {
    expect(config.appImage?.executableArgs).toEqual([]);
    const deb = (config.deb ?? {}) as Record<string, unknown>;
    for (const own of ['afterInstall', 'afterRemove', 'appArmorProfile']) expect(deb[own], `deb.${own}`).toBeUndefined();
    expect(JSON.stringify(config)).not.toContain('no-sandbox');
  });

  it('associates annotations files, which the app opens as their set', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: ANNOTATIONS_SUFFIX.slice(1), role: 'Editor', mimeType: expect.stringMatching(/^application\//u) })]);
  });

  it('ships the seed articles read-only beside the app, where main looks for them (process.resourcesPath/seeds)', async () => {
    expect(config.extraResources).toEqual([{ from: 'seeds', to: 'seeds', filter: ['*.txt'] }]);
    expect(await readFile(path.join(root, 'electron/main.ts'), 'utf8')).toContain("path.join(process.resourcesPath, 'seeds')");
  });

  it('ships from node_modules exactly what is loaded from it at run time (PDF.js and what it installed)', async () => {
    // The loader gives `files` as file sets ({ filter: [...] }).
    const files = (config.files as (string | { filter: string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', 'dist/about/**', '!node_modules/**']));
    const included = files.filter((f) => f.startsWith('node_modules/')).map(globToRegExp);
    const shipped = await shippedPackageDirs(root, SHIPPED_MODULES);
    expect(shipped).toContain('node_modules/pdfjs-dist');
    for (const dir of shipped) expect(included.some((re) => re.test(`${dir}/package.json`)), `${dir} is loaded at run time but not shipped`).toBe(true);
    // And nothing bundled is shipped twice.
    for (const bundled of ['react', 'zod', 'lexical', 'mammoth']) expect(included.some((re) => re.test(`node_modules/${bundled}/package.json`))).toBe(false);
  });
});

describe('icons, made from build/icon.svg', () => {
  it('are up to date with the SVG (run `npm run icons` after changing it)', async () => {
    const made = await makeIcons(await readFile(ICON_SVG));
    for (const [file, bytes] of made) expect((await readFile(file)).equals(bytes), path.relative(root, file)).toBe(true);
  });

  it('come in every size each platform needs, and the config points at them', async () => {
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.mac?.icon).toBe('build/icon.icns');
    const linux = await readdir(LINUX_DIR);
    for (const size of PNG_SIZES) {
      expect(linux).toContain(`${size}x${size}.png`);
      expect(pngSize(await readFile(path.join(LINUX_DIR, `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
    // Windows: 16 to 256 (electron-builder wants at least 256), each entry a PNG of its stated size.
    const ico = readIco(await readFile(ICO_FILE));
    expect(ico.map((i) => i.width)).toEqual(ICO_SIZES);
    for (const image of ico) expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(Math.max(...ico.map((i) => i.width))).toBeGreaterThanOrEqual(256);
    // macOS: up to 1024 (512@2x).
    const icns = readIcns(await readFile(ICNS_FILE));
    expect(icns.map((i) => i.type)).toEqual(ICNS_TYPES.map(([type]) => type));
    for (const [i, image] of icns.entries()) expect(pngSize(image.png).width).toBe(ICNS_TYPES[i]![1]);
  });

  it('refuse what is not a PNG, by name', () => {
    expect(() => pngSize(Buffer.from('GIF89a................'), 'build/icons/16x16.png')).toThrow('build/icons/16x16.png is not a PNG file');
  });
});

/** A file that carries Electron's fuse wire as the real binary does, in Electron's default states. */
async function standInElectron(file: string): Promise<void> {
  const defaults = '10110001'; // runAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, asar only off, V8 snapshot off, file:// privileges on
  const bytes = Buffer.concat([Buffer.from('#!/bin/sh\necho "a stand-in for Electron"\n'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1'), Buffer.from([1, 8]), Buffer.from(defaults, 'latin1'), Buffer.from('\n')]);
  await writeFile(file, bytes);
  await chmod(file, 0o755);
}

const WANTED_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
const wireOf = (fuses: Record<number, boolean>) => Object.fromEntries(Object.entries(fuses).map(([i, on]) => [i, on ? 49 : 48]));

describe('fuses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ra-fuses-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("are what electron-builder's electronFuses flips, through its own code and @electron/fuses, in a binary with Electron's fuse wire", async () => {
    // electron-builder turns `electronFuses` into @electron/fuses' options (PlatformPackager.generateFuseConfig) right before signing.
    const generate = (PlatformPackager.prototype as unknown as { generateFuseConfig(f: unknown): Promise<Parameters<typeof flipFuses>[1]> }).generateFuseConfig;
    const fuseConfig = await generate.call(null, config.electronFuses);
    expect(fuseConfig).toMatchObject({ version: FuseVersion.V1, resetAdHocDarwinSignature: true, ...WANTED_FUSES });
    const binary = path.join(dir, 'electron');
    await standInElectron(binary);
    await flipFuses(binary, fuseConfig);
    expect(await getCurrentFuseWire(binary)).toEqual({ version: '1', ...wireOf(WANTED_FUSES) });
  });
});

describe('packaging with a stand-in for Electron (electron-builder --linux --dir)', () => {
  let work: string;
  /** electron-builder's own Linux packager of the build below, for what it would write into the deb and the AppImage. */
  let packager: LinuxPackager | undefined;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'ra-package-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('puts main, preload, UI and licences in the asar, only PDF.js in its node_modules, the seeds in resources, and flips the fuses', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), 'renderer', 'electron', 'licenses'], { stdio: 'ignore' });
    const electronDist = path.join(work, 'electron');
    await mkdir(electronDist);
    await standInElectron(path.join(electronDist, 'electron'));
    await writeFile(path.join(electronDist, 'LICENSE'), 'stand-in');
    await writeFile(path.join(electronDist, 'version'), '45.4.1');
    // Electron's zip has the sandbox helper as a plain executable; setuid root needs root, at install time.
    await writeFile(path.join(electronDist, 'chrome-sandbox'), 'stand-in');
    await chmod(path.join(electronDist, 'chrome-sandbox'), 0o755);
    const { build, Platform } = await import('electron-builder');
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      config: {
        electronDist,
        directories: { output: path.join(work, 'out') },
        publish: null,
        afterPack: async (context) => {
          packager = context.packager as LinuxPackager;
        },
      },
    });
    const app = path.join(work, 'out/linux-unpacked');
    const asar = path.join(app, 'resources/app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.split(path.sep).join('/'));
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/dist/renderer/app.js', '/dist/about/licenses.json']) expect(files).toContain(file);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    // Top-level packages: /node_modules/<name>/package.json or /node_modules/@scope/<name>/package.json.
    const modules = files.map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/u.exec(f)?.[1]).filter((m) => m !== undefined);
    expect(modules.filter((m) => !m.startsWith('@napi-rs/canvas-')).sort()).toEqual(['@napi-rs/canvas', 'node-readable-to-web-readable-stream', 'pdfjs-dist']);
    expect(JSON.parse(extractFile(asar, 'package.json').toString()).main).toBe('dist/electron/main.cjs');
    expect((await readdir(path.join(app, 'resources/seeds'))).sort()).toEqual((await readdir(path.join(root, 'seeds'))).filter((f) => f.endsWith('.txt')).sort());
    expect(await getCurrentFuseWire(path.join(app, 'research-annotator'))).toEqual({ version: '1', ...wireOf(WANTED_FUSES) });
    // The sandbox helper beside the binary, as the deb installs it before its after-install script runs.
    expect((await stat(path.join(app, 'chrome-sandbox'))).mode & 0o7777).toBe(0o755);
  }, 120_000);

  it("writes into the deb an AppArmor profile for the installed binary and a setuid fallback, and into the AppImage's desktop entry no --no-sandbox (electron-builder's own code, without fpm)", async () => {
    expect(packager, 'the build above ran').toBeDefined();
    const linux = packager!;
    const out = path.join(work, 'out');
    const scripts = await (new FpmTarget('deb', linux, new LinuxTargetHelper(linux), out) as unknown as { scriptFiles: Promise<Record<'afterInstall' | 'appArmor', string>> }).scriptFiles;
    const afterInstall = await readFile(scripts.afterInstall, 'utf8');
    const profile = await readFile(scripts.appArmor, 'utf8');
    // fpm puts the app folder at /opt/<product name>: the profile names the binary there.
    expect(profile).toContain('profile "research-annotator" "/opt/Research Annotator/research-annotator" flags=(unconfined) {');
    expect(profile).toMatch(/^\s*userns,$/mu);
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/research-annotator'");
    expect(afterInstall).toContain("chmod 4755 '/opt/Research Annotator/chrome-sandbox'");
    expect(afterInstall).not.toContain('no-sandbox');
    const appImage = new AppImageTarget(null as unknown as string, linux, new LinuxTargetHelper(linux), out) as unknown as { desktopEntry: { value: Promise<string> } };
    const desktop = await appImage.desktopEntry.value;
    expect(desktop).toMatch(/^Exec=AppRun %U$/mu);
    expect(desktop).not.toContain('no-sandbox');
  }, 60_000);
});
