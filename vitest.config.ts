import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['annotations/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
