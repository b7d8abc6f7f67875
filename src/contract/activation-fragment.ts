/**
 * The URL fragment key that carries an activation code in the Add a tablet QR code. Apart from
 * tablet-setup.ts's schemas, so the register's activation screen loads without zod.
 */
export const activationFragmentKey = 'activate';
