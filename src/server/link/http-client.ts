import { linkTransport, type LinkHttpOptions } from './http-transport.ts';
import type { HqLink, LinkDevice, ScaleUnitLink } from './link.ts';
import {
  channelConfigBodySchema,
  linkCustomerResponseSchema,
  linkSearchResponseSchema,
  importRecordsResponseSchema,
  issuedActivationCodeSchema,
  linkHeaders,
  linkPaths,
  linkLoyaltyCardResponseSchema,
  pullRecordsResponseSchema,
  realtimeCreationSchema,
  registerActivityResponseSchema,
  revokeResponseSchema,
  scaleUnitInfoSchema,
} from './wire.ts';

export type { LinkHttpOptions } from './http-transport.ts';

/**
 * HQ's link to one scale unit, over HTTP (`http-routes.ts` serves the other end). Pulls,
 * pushes and imports get the bulk time-out; the rest the short one. `close()` ends its
 * connections.
 */
export function scaleUnitHttpClient(options: LinkHttpOptions & { id: string }): ScaleUnitLink {
  const { call, send, close } = linkTransport(`Scale unit '${options.id}'`, options);
  return {
    describe: () => call({ method: 'GET', path: linkPaths.scaleUnitDescribe }, scaleUnitInfoSchema),
    pullRecords: async (after, limit) => {
      const { records } = await call(
        {
          method: 'GET',
          path: linkPaths.scaleUnitRecords,
          query: { after: String(after), limit: String(limit) },
          bulk: true,
        },
        pullRecordsResponseSchema,
      );
      return records;
    },
    pushCustomers: (customers) =>
      send({
        method: 'POST',
        path: linkPaths.scaleUnitCustomers,
        body: { customers },
        bulk: true,
      }),
    pushConfig: (config) =>
      send({
        method: 'PUT',
        path: linkPaths.scaleUnitConfig,
        body: { config },
        bulk: true,
      }),
    issueActivationCode: ({ storeId, registerId }) =>
      call(
        {
          method: 'POST',
          path: linkPaths.scaleUnitActivationCode(registerId),
          body: { storeId },
        },
        issuedActivationCodeSchema,
      ),
    revokeRegister: (registerId) =>
      call(
        {
          method: 'POST',
          path: linkPaths.scaleUnitRevoke(registerId),
        },
        revokeResponseSchema,
      ),
    retireRegister: (registerId) =>
      send({ method: 'POST', path: linkPaths.scaleUnitRetire(registerId) }),
    registerActivity: async () => {
      const { registers } = await call(
        {
          method: 'GET',
          path: linkPaths.scaleUnitRegisterActivity,
        },
        registerActivityResponseSchema,
      );
      return registers;
    },
    importRecords: async ({ storeId, registerId }, records) => {
      const { results } = await call(
        {
          method: 'POST',
          path: linkPaths.scaleUnitImport,
          body: { storeId, registerId, records },
          bulk: true,
        },
        importRecordsResponseSchema,
      );
      return results;
    },
    close,
  };
}

function deviceHeaders(device: LinkDevice): Record<string, string> {
  return { [linkHeaders.storeId]: device.storeId, [linkHeaders.registerId]: device.registerId };
}

/**
 * A scale unit's link to HQ, over HTTP, naming itself in `x-scale-unit`. Real-time calls get
 * the short time-out (the register falls back to async when they fail), the configuration the
 * bulk one. `close()` ends its connections.
 */
export function hqHttpClient(options: LinkHttpOptions & { scaleUnitId: string }): HqLink {
  const { call, close } = linkTransport('HQ', options, {
    [linkHeaders.scaleUnit]: options.scaleUnitId,
  });
  return {
    channelConfig: async () => {
      const { config } = await call(
        {
          method: 'GET',
          path: linkPaths.hqConfig,
          bulk: true,
        },
        channelConfigBodySchema,
      );
      return config;
    },
    createCustomer: (device, request) =>
      call(
        {
          method: 'POST',
          path: linkPaths.hqRealtimeCustomers,
          headers: deviceHeaders(device),
          body: request,
        },
        realtimeCreationSchema,
      ),
    searchCustomers: async (device, q) => {
      const { customers } = await call(
        {
          method: 'GET',
          path: linkPaths.hqRealtimeSearch,
          headers: deviceHeaders(device),
          query: { q },
        },
        linkSearchResponseSchema,
      );
      return customers;
    },
    editCustomer: async (device, account, request) => {
      const { customer } = await call(
        {
          method: 'PUT',
          path: linkPaths.hqRealtimeCustomer(account),
          headers: deviceHeaders(device),
          body: request,
        },
        linkCustomerResponseSchema,
      );
      return customer;
    },
    addAddress: async (device, account, request) => {
      const { customer } = await call(
        {
          method: 'POST',
          path: linkPaths.hqRealtimeAddresses(account),
          headers: deviceHeaders(device),
          body: request,
        },
        linkCustomerResponseSchema,
      );
      return customer;
    },
    issueLoyaltyCard: (device, account) =>
      call(
        {
          method: 'POST',
          path: linkPaths.hqRealtimeLoyaltyCards(account),
          headers: deviceHeaders(device),
        },
        linkLoyaltyCardResponseSchema,
      ),
    close,
  };
}
