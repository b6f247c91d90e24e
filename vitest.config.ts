import { defineConfig } from 'vitest/config';

const resolve = { conditions: ['@mord/source'] };

export default defineConfig({
  resolve,
  ssr: { resolve },
  test: {
    projects: [
      {
        resolve,
        ssr: { resolve },
        test: {
          name: 'node',
          include: [
            'packages/{core,adapter-testkit,storage-http,storage-browser,server}/src/**/*.test.ts',
            'examples/catalogs.test.ts',
            'examples/coreDemo.test.ts',
            'examples/serverRendering.test.tsx',
          ],
          environment: 'node',
          setupFiles: ['./packages/server/src/openapi/responseCheck.setup.ts'],
        },
      },
      {
        resolve,
        ssr: { resolve },
        test: {
          name: 'dom',
          include: ['packages/{react,embed}/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./packages/react/src/testing/setup.ts'],
        },
      },
      {
        resolve,
        ssr: { resolve },
        test: {
          name: 'chromium',
          include: ['packages/*/browser/**/*.chromium.test.ts', 'examples/*.chromium.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps a 2-core machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
