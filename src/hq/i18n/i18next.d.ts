import type { hqEn } from './en.ts';

// Type-safe keys: `t` of the `hq` namespace only accepts keys of the English catalog.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    hq: typeof hqEn;
  }
}
