import { HqApiError } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, describe } from '../../i18n/messages.ts';

/** What the sign-in screen says when HQ refuses a sign-in. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof HqApiError) {
    if (error.status === 401) return t('session.wrongPassword');
    if (error.status === 429) return t('session.tooManyAttempts');
    // The default password from the network: the message says where to choose a new one.
    if (error.code === 'default-password') return describe(error.detail);
  }
  return t('session.couldNotSignIn', { reason: errorMessage(error) });
}
