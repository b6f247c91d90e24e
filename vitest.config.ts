import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@mord/source'],
  },
  ssr: {
    resolve: {
      conditions: ['@mord/source'],
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'examples/*/src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
