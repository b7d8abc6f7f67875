import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in CSS pixels, kept up to date as it resizes, so a chart can be
 * drawn at its real size rather than scaled (which would shrink its labels on narrow screens).
 * `fallback` until measured, and where ResizeObserver does not exist.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
