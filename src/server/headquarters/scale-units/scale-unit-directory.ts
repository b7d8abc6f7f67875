import type { ScaleUnitLink } from '../../link/link.ts';

/** One scale unit HQ works with: its id, where it is (null: in this process) and its link. */
export interface ScaleUnitEntry {
  id: string;
  url: string | null;
  link: ScaleUnitLink;
}

/**
 * The scale units HQ is configured with (`SCALE_UNITS`, or the one in-process scale unit of
 * `npm start`), in the order the jobs visit them.
 */
export interface ScaleUnitDirectory {
  list(): readonly ScaleUnitEntry[];
}

/** A directory of a fixed list. */
export function scaleUnitDirectory(entries: readonly ScaleUnitEntry[]): ScaleUnitDirectory {
  const ids = new Set(entries.map((entry) => entry.id));
  if (ids.size !== entries.length) throw new Error('Two scale units have the same id.');
  return { list: () => entries };
}
