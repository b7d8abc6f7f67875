/** The HQ console password the e2e server starts with; tests sign in with it. */
export const hqAdminPassword = 'e2e-admin-password';
