import { sections, type SectionId } from './sections.ts';

/** The navigation bar between the console's sections. */
export function SectionNav({ current }: { current: SectionId }) {
  return (
    <nav className="section-nav" aria-label="Sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} aria-current={section.id === current ? 'page' : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
