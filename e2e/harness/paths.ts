import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist/renderer');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
