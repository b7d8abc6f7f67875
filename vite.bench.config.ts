import { defineConfig } from 'vite';

/** The bench service worker's entry; built to a fixed name (benchWorkerUrl) so the page finds it. */
const workerEntry = 'bench-sw';
/** Item 3's module the POS page imports (bench/scenarios/search.ts), at a fixed name too. */
const searchInTurnsEntry = 'search-in-turns';

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
        [searchInTurnsEntry]: 'bench/harness/search-in-turns.ts',
      },
      // The search module's exports are its point (an app build drops an entry's by default).
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) =>
          chunk.name === workerEntry || chunk.name === searchInTurnsEntry
            ? `bench/harness/${chunk.name}.js`
            : 'bench/assets/[name]-[hash].js',
      },
    },
  },
});
