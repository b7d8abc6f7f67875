/** The console's sections, in navigation order; the id is the URL hash. */
export const sections = [
  { id: 'jobs', label: 'Batch jobs' },
  { id: 'stores', label: 'Stores' },
  { id: 'registers', label: 'Registers' },
  { id: 'features', label: 'Feature management' },
  { id: 'sync-status', label: 'Customer synchronization status' },
  { id: 'customers', label: 'Customers' },
  { id: 'affiliations', label: 'Affiliations' },
] as const;

/** One section's id. */
export type SectionId = (typeof sections)[number]['id'];

/** The section a URL hash names, or the first section for an empty or unknown hash. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return sections.find((s) => s.id === id)?.id ?? sections[0].id;
}
