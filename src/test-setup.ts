// Gives every unit test an in-memory IndexedDB; the POS database tests open a fresh name each.
import 'fake-indexeddb/auto';
import { failOnMissingKeys } from './i18n-core/missing-keys.ts';

// A screen that asks for a translation no catalog has fails its test.
failOnMissingKeys();

// A screen's test waits up to 5 s for what the user would see (1 s by default): with every core
// running tests, a render that takes 100 ms alone can take over a second.
if ('document' in globalThis) {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 5000 });
}
