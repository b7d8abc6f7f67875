import type { Language } from '../i18n-core/languages.ts';
import { tabletSetupCatalogs, type TabletSetupWords } from './catalogs.ts';

/** The platforms the steps cover, in the order they are shown. */
const platforms = ['ipad', 'android', 'windows', 'macos'] as const;

type Heading = 'h2' | 'h3' | 'h4';
const below: Record<Heading, Heading> = { h2: 'h3', h3: 'h4', h4: 'h4' };

/** A platform's steps: its `s1`, `s2`… keys in order. */
function stepsOf(words: TabletSetupWords['steps'][(typeof platforms)[number]]): string[] {
  return Object.entries(words)
    .filter(([key]) => /^s\d+$/.test(key))
    .map(([, text]) => text);
}

/**
 * How to make a tablet or computer trust the store CA and open the register, for iPadOS,
 * Android Chrome, Windows and macOS (issue 11), in `language`. `heading` is the level of its own
 * heading; each platform's is one below.
 */
export function TrustSteps({ language, heading }: { language: Language; heading: Heading }) {
  const words = tabletSetupCatalogs[language].steps;
  const Title = heading;
  const PlatformTitle = below[heading];
  return (
    <section className="trust-steps" aria-labelledby="trust-steps-heading">
      <Title id="trust-steps-heading">{words.heading}</Title>
      <p className="trust-verify">{words.verify}</p>
      {platforms.map((platform) => {
        const platformWords = words[platform];
        return (
          <section
            key={platform}
            className="trust-platform"
            aria-labelledby={`trust-steps-${platform}`}
          >
            <PlatformTitle id={`trust-steps-${platform}`}>{platformWords.heading}</PlatformTitle>
            <ol>
              {stepsOf(platformWords).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {'note' in platformWords && <p className="trust-note">{platformWords.note}</p>}
          </section>
        );
      })}
    </section>
  );
}
