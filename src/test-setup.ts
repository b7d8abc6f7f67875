// Gives every unit test an in-memory IndexedDB; the POS database tests open a fresh name each.
import 'fake-indexeddb/auto';
