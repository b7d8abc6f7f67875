import { t } from '../i18n/i18n.ts';
import { sectionIds, type SectionId } from './sections.ts';

/** The navigation bar between the console's sections. */
export function SectionNav({ current }: { current: SectionId }) {
  return (
    <nav className="section-nav" aria-label={t('app.sectionsNav')}>
      <ul>
        {sectionIds.map((id) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
              {t(`app.sections.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
