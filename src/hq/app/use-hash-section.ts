import { useSyncExternalStore } from 'react';
import { sectionFromHash, type SectionId } from './sections.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The section named by the URL hash; links to `#<id>` switch sections and Back works. */
export function useHashSection(): SectionId {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
}
