// Gives every unit test an in-memory IndexedDB; the POS database tests open a fresh name each.
import 'fake-indexeddb/auto';
import { failOnMissingKeys } from './i18n-core/missing-keys.ts';

// A screen that asks for a translation no catalog has fails its test.
failOnMissingKeys();
