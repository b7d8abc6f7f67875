import { errorMessage, HqApiError } from '../../api.ts';

/** What the sign-in screen says when HQ refuses a sign-in. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof HqApiError) {
    if (error.status === 401) return 'Wrong password.';
    if (error.status === 429) return 'Too many attempts. Wait a minute and try again.';
  }
  return `Could not sign in: ${errorMessage(error)}`;
}
