import { apiPaths } from '../../../contract/api-paths.ts';
import { activationCodeSchema, type ActivationCode } from '../../../contract/tablet-setup.ts';
import { sendJson } from '../../api.ts';

/** Asks HQ for a register's one-time activation code (it replaces the register's unused one). */
export function createActivationCode(registerId: string): Promise<ActivationCode> {
  return sendJson(
    'POST',
    apiPaths.hqRegisterActivationCode(registerId),
    undefined,
    activationCodeSchema,
  );
}
