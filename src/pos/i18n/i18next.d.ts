import type { posEn } from './en.ts';
import type { insecureContextEn } from './insecure-context-catalogs.ts';

// Type-safe keys: `t` of the `pos` namespace only accepts keys of the English catalog.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    pos: typeof posEn;
    posInsecureContext: typeof insecureContextEn;
  }
}
