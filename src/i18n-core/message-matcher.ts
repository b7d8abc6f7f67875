/** A known English message recognised in a text: its catalog key and the values it held. */
export interface MatchedMessage<K extends string> {
  key: K;
  values: Record<string, string>;
}

const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A template as a pattern; a placeholder used twice must hold the same value both times. */
function templatePattern(template: string): RegExp {
  let source = '';
  let last = 0;
  const named = new Set<string>();
  for (const match of template.matchAll(placeholder)) {
    const name = match[1] ?? 'value';
    source += escape(template.slice(last, match.index));
    source += named.has(name) ? `\\k<${name}>` : `(?<${name}>.+?)`;
    named.add(name);
    last = match.index + match[0].length;
  }
  source += escape(template.slice(last));
  return new RegExp(`^${source}$`, 's');
}

/**
 * Recognises messages made in English elsewhere (the contract's validation rules, the sync
 * layer, the server) so the UI can show them in the current language. The English catalog
 * section is the list of known messages: "At most {{max}} characters." matches "At most 60
 * characters." with max = "60". Unknown text gives null: the caller shows it as it is.
 */
export function createMessageMatcher<K extends string>(
  english: Readonly<Record<K, string>>,
): (text: string) => MatchedMessage<K> | null {
  const patterns = (Object.entries(english) as [K, string][]).map(
    ([key, template]) => [key, templatePattern(template)] as const,
  );
  return (text) => {
    for (const [key, pattern] of patterns) {
      const match = pattern.exec(text);
      if (match) return { key, values: { ...match.groups } };
    }
    return null;
  };
}
