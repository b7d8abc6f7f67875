import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { usePath } from '../services/router.tsx';

/**
 * The register's <main>. It takes focus when the page changes, and when it appears with focus
 * lost (after Activate), so Tab and a screen reader go on from the new page, not from the top of
 * the document or a link that is gone.
 */
export function PageMain({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const path = usePath();
  const first = useRef(true);
  useLayoutEffect(() => {
    const mounting = first.current;
    first.current = false;
    if (mounting && document.activeElement !== document.body) return;
    ref.current?.focus();
  }, [path]);
  return (
    <main ref={ref} tabIndex={-1}>
      {children}
    </main>
  );
}
