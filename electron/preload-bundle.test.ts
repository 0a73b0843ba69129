/**
 * The preload runs in the page's process and shares its heap: it must stay
 * the thin client (annotations/api/client.ts), without the argument schemas
 * main validates with, which would bring zod's code along. It decodes the
 * compact form an opened article crosses IPC in (annotations/api/wire.ts),
 * which restores quotes from the text by code points: those pure modules,
 * and still no package.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the preload bundle', () => {
  it('holds the client, the call names, the command table and the wire decoder, and no package', async () => {
    const result = await build({
      entryPoints: [path.join(import.meta.dirname, 'preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).sort();
    expect(inputs).toEqual([
      'annotations/api/calls.ts',
      'annotations/api/client.ts',
      'annotations/api/commands.ts',
      'annotations/api/wire.ts',
      'annotations/text/code-points.ts',
      'annotations/text/partition-point.ts',
      'electron/preload.ts',
    ]);
    expect(result.outputFiles[0]!.contents.byteLength).toBeLessThan(20_000);
  });
});
