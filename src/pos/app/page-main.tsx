import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { usePath } from '../services/router.tsx';

/**
 * The register's <main>. It takes focus when the page changes, and when it appears with focus
 * lost (after Activate, or on opening the register), so Tab and a screen reader go on from the
 * new page, not from the top of the document or a link that is gone.
 */
export function PageMain({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const path = usePath();
  const first = useRef(true);
  useLayoutEffect(() => {
    const mounting = first.current;
    first.current = false;
    if (!mounting) {
      ref.current?.focus();
      return;
    }
    if (document.activeElement !== document.body) return;
    // Issue 13: on appearing, after the first paint. Focusing forces a layout, which the paint
    // does anyway; in the mount's own task it made that task longer (Lighthouse's blocking time).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (document.activeElement === document.body) ref.current?.focus();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [path]);
  return (
    <main ref={ref} tabIndex={-1}>
      {children}
    </main>
  );
}
