import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPaths } from '../../../contract/api-paths.ts';
import { deleteJson, errorMessage } from '../../api.ts';
import { hqKeys, sessionKey } from '../../queries.ts';

/** Sign out (DELETE of the admin session); forgets everything the console had loaded. */
export function SignOutButton() {
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => deleteJson(apiPaths.hqSession, z.unknown()),
    onSuccess: () => {
      queryClient.setQueryData(sessionKey, { signedIn: false });
      queryClient.removeQueries({ queryKey: hqKeys.all });
    },
  });
  return (
    <div className="sign-out">
      {signOut.isError && (
        <span className="sign-out-error" role="alert">
          Could not sign out: {errorMessage(signOut.error)}
        </span>
      )}
      <button
        type="button"
        className="button-header"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
