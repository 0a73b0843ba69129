#!/usr/bin/env node
/**
 * Every app icon, made from one drawing: build/icon.svg.
 *   build/icons/<N>x<N>.png  Linux (electron-builder's linux.icon reads the sizes from the names)
 *   build/icon.ico           Windows: PNG images 16–256 in one ICO
 *   build/icon.icns          macOS: PNG images 16–1024 (and @2x) in one ICNS
 * Rendered with resvg (its WebAssembly build: one package for every platform,
 * nothing native to install). ICO and ICNS are plain containers of PNGs,
 * written here rather than by another dependency.
 *
 * `node scripts/icons.mjs` writes them; `--check` only says whether the
 * committed files are what the SVG gives (exit 1 if not).
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SVG = path.join(root, 'build/icon.svg');
export const LINUX_DIR = path.join(root, 'build/icons');
export const ICO_FILE = path.join(root, 'build/icon.ico');
export const ICNS_FILE = path.join(root, 'build/icon.icns');

/** Linux's hicolor sizes, and 1024 for the largest macOS image. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Windows shows 16–48 in lists and the taskbar, 256 in large views. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS image types holding PNG data, by pixel size (ic11–ic14 are the @2x of 16–256). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

let ready;
/** resvg's WebAssembly, loaded once. */
function loadRenderer() {
  ready ??= readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) => initWasm(wasm));
  return ready;
}

/** The SVG as a square PNG of `size` pixels. */
export async function renderPng(svg, size) {
  await loadRenderer();
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render();
  if (image.width !== size || image.height !== size) throw new Error(`${ICON_SVG}: rendered ${image.width}×${image.height} for ${size}×${size}; the drawing must be square`);
  return Buffer.from(image.asPng());
}

/** Width and height from a PNG's IHDR; throws naming `what` when it is not a PNG. */
export function pngSize(png, what = 'the image') {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error(`${what} is not a PNG file`);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An ICO of PNG images (Windows Vista and later read PNG entries; 256 is written as 0). */
export function icoFile(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map((png) => {
    const { width, height } = pngSize(png);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(width >= 256 ? 0 : width, 0);
    entry.writeUInt8(height >= 256 ? 0 : height, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** The images of an ICO: their sizes (0 read as 256) and PNG data. */
export function readIco(ico) {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
    return { width: ico.readUInt8(at) || 256, height: ico.readUInt8(at + 1) || 256, png };
  });
}

/** An ICNS: 'icns', the total length, then each image as type, length (with its 8-byte header) and PNG data. */
export function icnsFile(images) {
  const chunks = images.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

/** The images of an ICNS: type and PNG data. */
export function readIcns(icns) {
  if (icns.subarray(0, 4).toString('latin1') !== 'icns' || icns.readUInt32BE(4) !== icns.length) throw new Error('not an ICNS file');
  const images = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    images.push({ type: icns.subarray(at, at + 4).toString('latin1'), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return images;
}

/** Every icon file, by path, as the SVG gives it. */
export async function makeIcons(svg) {
  const pngs = new Map();
  for (const size of new Set([...PNG_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])) pngs.set(size, await renderPng(svg, size));
  const files = new Map(PNG_SIZES.map((size) => [path.join(LINUX_DIR, `${size}x${size}.png`), pngs.get(size)]));
  files.set(ICO_FILE, icoFile(ICO_SIZES.map((size) => pngs.get(size))));
  files.set(ICNS_FILE, icnsFile(ICNS_TYPES.map(([type, size]) => [type, pngs.get(size)])));
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await makeIcons(await readFile(ICON_SVG));
  const stale = [];
  for (const [file, bytes] of files) {
    if (check) {
      const onDisk = await readFile(file).catch(() => null);
      if (onDisk === null || !onDisk.equals(bytes)) stale.push(path.relative(root, file));
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Icons not made from build/icon.svg: ${stale.join(', ')}. Run \`node scripts/icons.mjs\`.`);
    process.exit(1);
  }
  console.log(check ? `icons: ${files.size} files match build/icon.svg` : `icons: wrote ${files.size} files from build/icon.svg`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
