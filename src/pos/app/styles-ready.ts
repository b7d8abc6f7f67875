/**
 * Marks the register's stylesheet in the built index.html (vite.config.ts): it is loaded with
 * `media="print"`, so it does not block rendering (issue 13, Lighthouse's render-blocking
 * insight), and applied here before the first render.
 */
export const deferredStylesAttribute = 'data-deferred-styles';

/**
 * Applies the register's deferred stylesheet(s) and resolves once they are loaded (at once when
 * they already are, or when there are none, as in development). The page paints nothing before
 * the app renders, so nothing is ever shown unstyled.
 */
export function stylesReady(doc: Document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>(`link[${deferredStylesAttribute}]`)];
  return Promise.all(
    links.map((link) => {
      const loaded = link.sheet
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            link.addEventListener('load', () => resolve(), { once: true });
            link.addEventListener('error', () => resolve(), { once: true });
          });
      link.media = 'all';
      return loaded;
    }),
  ).then(() => undefined);
}
