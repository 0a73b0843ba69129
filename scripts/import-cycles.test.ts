/** The import-circle check (scripts/import-cycles.mjs) on small trees written to a temporary folder. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findImportCycles } from './import-cycles.mjs';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'import-cycles-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(base, name)), { recursive: true });
    await writeFile(path.join(base, name), text);
  }
}

describe('findImportCycles', () => {
  it('finds none where imports only go one way (re-exports, dynamic imports and packages included)', async () => {
    await tree({
      'src/a.ts': "import { b } from './b';\nimport { z } from 'zod';\nexport const a = b + String(z);\n",
      'src/b.ts': "export { c as b } from './deep/c';\n",
      'src/deep/c.ts': "export const c = 'c';\nexport const later = () => import('../leaf');\n",
      'src/leaf.ts': 'export const leaf = 1;\n',
    });
    expect(findImportCycles(base, ['src'])).toEqual([]);
  });

  it('finds a circle of values, of types only, and a file importing itself, each with its loop', async () => {
    await tree({
      'src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      'src/view.ts': "import type { Args } from './contract';\nexport interface View { args: Args }\n",
      'src/contract.ts': "import type { View } from './view';\nexport interface Args { view?: View }\n",
      'src/self.ts': "export { self } from './self';\nexport const self = 1;\n",
    });
    expect(findImportCycles(base, ['src'])).toEqual([
      { files: ['src/a.ts', 'src/b.ts'], loop: ['src/a.ts', 'src/b.ts', 'src/a.ts'] },
      { files: ['src/contract.ts', 'src/view.ts'], loop: ['src/contract.ts', 'src/view.ts', 'src/contract.ts'] },
      { files: ['src/self.ts'], loop: ['src/self.ts', 'src/self.ts'] },
    ]);
  });

  it('follows imports across folders and in JavaScript modules, and gives the shortest loop through a longer circle', async () => {
    await tree({
      'one/a.ts': "import '../two/b';\n",
      'two/b.ts': "import { c } from '../three/c.mjs';\nexport const b = c;\n",
      'three/c.mjs': "import '../one/a';\nimport '../two/b';\nexport const c = 1;\n",
    });
    expect(findImportCycles(base, ['one', 'two', 'three'])).toEqual([
      { files: ['one/a.ts', 'three/c.mjs', 'two/b.ts'], loop: ['one/a.ts', 'two/b.ts', 'three/c.mjs', 'one/a.ts'] },
    ]);
  });
});
