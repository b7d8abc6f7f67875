import { createMessageMatcher } from '../../../i18n-core/message-matcher.ts';
import { hqEn } from '../../i18n/en.ts';
import { t } from '../../i18n/i18n.ts';

const matchScaleUnitError = createMessageMatcher(hqEn.scaleUnitErrors);

/**
 * A scale unit's last error, recorded by HQ in English (`scaleUnitErrorTemplates`), in the
 * console's language; an unknown wording as it is.
 */
export function scaleUnitErrorText(message: string): string {
  const known = matchScaleUnitError(message);
  if (!known) return message;
  return t(`scaleUnitErrors.${known.key}`, { ...known.values, defaultValue: message });
}
