import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'slides/**/*.test.ts', 'scripts/**/*.test.ts', 'mistakes/**/*.test.ts'],
    environment: 'node',
  },
});
