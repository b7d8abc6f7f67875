/** The console's sections, in navigation order; the id is the URL hash. */
export const sectionIds = [
  'jobs',
  'stores',
  'registers',
  'scale-units',
  'add-tablet',
  'features',
  'sync-status',
  'customers',
  'duplicates',
  'affiliations',
] as const;

/** One section's id. */
export type SectionId = (typeof sectionIds)[number];

/** The section a URL hash names, or the first section for an empty or unknown hash. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return sectionIds.find((s) => s === id) ?? sectionIds[0];
}
