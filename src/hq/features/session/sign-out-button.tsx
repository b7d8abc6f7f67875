import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '../../../contract/zod.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import { deleteJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys, sessionKey, signedOutSession } from '../../queries.ts';

/** Sign out (DELETE of the admin session); forgets everything the console had loaded. */
export function SignOutButton() {
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => deleteJson(apiPaths.hqSession, z.unknown()),
    onSuccess: () => {
      queryClient.setQueryData(sessionKey, signedOutSession);
      queryClient.removeQueries({ queryKey: hqKeys.all });
    },
  });
  return (
    <div className="sign-out">
      {signOut.isError && (
        <span className="sign-out-error" role="alert">
          {t('session.couldNotSignOut', { reason: errorMessage(signOut.error) })}
        </span>
      )}
      <button
        type="button"
        className="button-header"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? t('session.signingOut') : t('session.signOut')}
      </button>
    </div>
  );
}
