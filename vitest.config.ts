import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['annotations/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/harness/**/*.test.ts'],
    environment: 'node',
    // The command line the CLI tests run, bundled once before any test file (scripts/test-setup.mjs).
    globalSetup: ['scripts/test-setup.mjs'],
    // Vitest keeps a core for its main process (one worker fewer than cores), which on a two-core machine means one
    // worker while the main process mostly waits; many of our tests wait on child processes and the disk too.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // A test's time limit guards against a hang; speed is the bench's to measure. Many tests spawn the command line
    // or write and fsync real files, and on a busy two-core machine vitest's default limit failed such tests that
    // pass in a fraction of it when the machine is idle.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
