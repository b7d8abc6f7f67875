/**
 * The shape another language's catalog must have: exactly the English catalog's keys, each a
 * string. Written as `const ja: CatalogOf<typeof en> = {…}`, a missing or extra key fails tsc.
 */
export type CatalogOf<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]>;
};

/** A catalog of nested sections of strings. */
export interface Catalog {
  readonly [key: string]: string | Catalog;
}
