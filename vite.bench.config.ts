import { defineConfig } from 'vite';

/** The bench service worker's entry; built to a fixed name (benchWorkerUrl) so the page finds it. */
const workerEntry = 'bench-sw';

/**
 * The benchmark harness (`npm run bench`): a page importing the real POS modules, and a service
 * worker with Workbox's stock Background Sync queue, built into dist-bench/ under /bench/ so
 * it sits beside the POS's dist/ without overwriting any of its files.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist-bench',
    emptyOutDir: true,
    assetsDir: 'bench/assets',
    rolldownOptions: {
      input: {
        harness: 'bench/harness/index.html',
        [workerEntry]: 'bench/harness/bench-sw.ts',
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === workerEntry
            ? 'bench/harness/bench-sw.js'
            : 'bench/assets/[name]-[hash].js',
      },
    },
  },
});
