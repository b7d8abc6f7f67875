import { z } from 'zod';
import { fieldErrors } from '../../contract/errors.ts';
import { message } from '../../contract/messages.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { LinkUnreachableError, type HqLink, type ScaleUnitLink } from './link.ts';

/**
 * A value as the other side would read it off the wire: a deep copy through JSON (so no object
 * is shared, and a Date or undefined field turns out as it would over HTTP).
 */
function overTheWire<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Statuses the HTTP client reads as "not reached" (a gateway's, or the service unavailable). */
const gatewayStatuses = new Set([502, 503, 504]);

/**
 * What the caller gets for an error of the other side (`service`), as the HTTP link would give
 * it: a refusal is a fresh `HttpError` with the same status, code, message and fields; a zod
 * error is the error handler's 400 `validation`; a service the other side could not reach, or
 * a 502–504 refusal, is `LinkUnreachableError`; anything else is the error handler's 500
 * `internal` (the error kept as the cause).
 */
function asAnswered(service: string, error: unknown): Error {
  if (error instanceof LinkUnreachableError) {
    return new LinkUnreachableError(error.service, error.reason, { cause: error });
  }
  if (error instanceof HttpError && gatewayStatuses.has(error.status)) {
    const reason = `it answered ${error.status} (${error.code}: ${error.message})`;
    return new LinkUnreachableError(service, reason, { cause: error });
  }
  if (error instanceof HttpError) {
    const fields = overTheWire(error.fields);
    return new HttpError(error.status, error.code, overTheWire(error.detail), {
      ...(fields ? { fields } : {}),
      cause: error,
    });
  }
  if (error instanceof z.core.$ZodError) {
    const fields = fieldErrors(error);
    const first = Object.values(fields)[0] ?? message('invalid-request');
    return new HttpError(400, 'validation', first, { fields, cause: error });
  }
  return new HttpError(500, 'internal', message('internal'), { cause: error });
}

/** Calls the other side (`service`) with copied arguments, and copies its answer back. */
async function relayTo<T>(service: string, call: () => Promise<T>): Promise<T> {
  try {
    return overTheWire(await call());
  } catch (error) {
    throw asAnswered(service, error);
  }
}

/**
 * HQ's link to a scale unit in the same process (`npm start`: scale unit `local`; unit tests):
 * calls `link` directly, with arguments and answers copied as over HTTP and errors answered as
 * HTTP would.
 */
export function inProcessScaleUnitLink(link: ScaleUnitLink, id = 'local'): ScaleUnitLink {
  const copy = overTheWire;
  const relay = <T>(call: () => Promise<T>) => relayTo(`Scale unit '${id}'`, call);
  return {
    describe: () => relay(() => link.describe()),
    pullRecords: (after, limit) => relay(() => link.pullRecords(after, limit)),
    pushCustomers: (customers) => relay(() => link.pushCustomers(copy(customers))),
    pushConfig: (config) => relay(() => link.pushConfig(copy(config))),
    issueActivationCode: (device) => relay(() => link.issueActivationCode(copy(device))),
    revokeRegister: (registerId) => relay(() => link.revokeRegister(registerId)),
    retireRegister: (registerId) => relay(() => link.retireRegister(registerId)),
    registerActivity: () => relay(() => link.registerActivity()),
    importRecords: (device, records) =>
      relay(() => link.importRecords(copy(device), copy(records))),
  };
}

/**
 * A scale unit's link to HQ in the same process: calls `link` directly, with arguments and
 * answers copied as over HTTP and errors answered as HTTP would.
 */
export function inProcessHqLink(link: HqLink): HqLink {
  const copy = overTheWire;
  const relay = <T>(call: () => Promise<T>) => relayTo('HQ', call);
  return {
    channelConfig: () => relay(() => link.channelConfig()),
    createCustomer: (device, request) =>
      relay(() => link.createCustomer(copy(device), copy(request))),
    searchCustomers: (device, q) => relay(() => link.searchCustomers(copy(device), q)),
    editCustomer: (device, account, request) =>
      relay(() => link.editCustomer(copy(device), account, copy(request))),
    addAddress: (device, account, request) =>
      relay(() => link.addAddress(copy(device), account, copy(request))),
    issueLoyaltyCard: (device, account) =>
      relay(() => link.issueLoyaltyCard(copy(device), account)),
  };
}
