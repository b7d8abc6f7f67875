import { z } from 'zod';
import type { ApiCatalog, ApiRoute } from '../../contract/api-catalog/api-route.ts';
import {
  accountParamsSchema,
  activationCodeRequestSchema,
  channelConfigBodySchema,
  channelConfigSchema,
  channelRecordSchema,
  distributedCustomerSchema,
  importRecordsRequestSchema,
  importRecordsResponseSchema,
  issuedActivationCodeSchema,
  linkAddressRequestSchema,
  linkCreateRequestSchema,
  linkCustomerResponseSchema,
  linkEditRequestSchema,
  linkHeaders,
  linkLoyaltyCardResponseSchema,
  linkPaths,
  linkRoutePatterns,
  linkSearchQuerySchema,
  linkSearchResponseSchema,
  pullRecordsQuerySchema,
  pullRecordsResponseSchema,
  pushCustomersRequestSchema,
  registerActivityResponseSchema,
  registerActivitySchema,
  registerParamsSchema,
  realtimeCreationSchema,
  revokeResponseSchema,
  scaleUnitInfoSchema,
} from './wire.ts';

const toScaleUnit = { services: ['scale-unit'], tag: 'link', auth: 'service-credential' } as const;
const toHq = {
  services: ['headquarters'],
  tag: 'link',
  auth: 'service-credential',
  headers: z.object({ [linkHeaders.scaleUnit]: z.string().min(1) }),
} as const;
const realtime = {
  ...toHq,
  headers: z.object({
    [linkHeaders.scaleUnit]: z.string().min(1),
    [linkHeaders.storeId]: z.string().min(1).max(40),
    [linkHeaders.registerId]: z.string().min(1).max(40),
  }),
} as const;
const done = { description: 'Done; no body.' };

/** 503 `link-unreachable`: the service answering could not reach the one it relays to. */
const linkErrors = (...errors: ApiRoute['errors']) => [...errors, 503] as const;

const routes: readonly ApiRoute[] = [
  {
    ...toScaleUnit,
    method: 'GET',
    path: linkPaths.scaleUnitDescribe,
    summary: 'The scale unit: its ID, stores and connected registers',
    responses: { 200: { description: 'The scale unit.', schema: scaleUnitInfoSchema } },
    errors: linkErrors(),
  },
  {
    ...toScaleUnit,
    method: 'GET',
    path: linkPaths.scaleUnitRecords,
    summary: 'P-job: stored async records after a replication counter, ascending',
    query: pullRecordsQuerySchema,
    responses: { 200: { description: 'One page.', schema: pullRecordsResponseSchema } },
    errors: linkErrors(400),
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: linkPaths.scaleUnitCustomers,
    summary: '1010: upsert customers by account number',
    body: pushCustomersRequestSchema,
    responses: { 204: done },
    errors: linkErrors(400, 413),
  },
  {
    ...toScaleUnit,
    method: 'PUT',
    path: linkPaths.scaleUnitConfig,
    summary: 'Settings, affiliations and stores',
    body: channelConfigBodySchema,
    responses: { 204: done },
    errors: linkErrors(400, 413),
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: linkRoutePatterns.scaleUnitActivationCode,
    summary: "Issue a register's activation code",
    params: registerParamsSchema,
    body: activationCodeRequestSchema,
    responses: { 200: { description: 'The code.', schema: issuedActivationCodeSchema } },
    errors: linkErrors(400),
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: linkRoutePatterns.scaleUnitRevoke,
    summary: "Revoke a register's device tokens",
    params: registerParamsSchema,
    responses: { 200: { description: 'Whether it had any.', schema: revokeResponseSchema } },
    errors: linkErrors(400),
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: linkRoutePatterns.scaleUnitRetire,
    summary: "Revoke a retired register's tokens and discard its activation codes",
    params: registerParamsSchema,
    responses: { 204: done },
    errors: linkErrors(400),
  },
  {
    ...toScaleUnit,
    method: 'GET',
    path: linkPaths.scaleUnitRegisterActivity,
    summary: 'What the scale unit last heard from each register',
    responses: { 200: { description: 'The registers.', schema: registerActivityResponseSchema } },
    errors: linkErrors(),
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: linkPaths.scaleUnitImport,
    summary: "HQ's rescue import: records as if the register had uploaded them",
    body: importRecordsRequestSchema,
    responses: {
      200: { description: "Each record's outcome.", schema: importRecordsResponseSchema },
    },
    errors: linkErrors(400, 413),
  },
  {
    ...toHq,
    method: 'GET',
    path: linkPaths.hqConfig,
    summary: 'The channel configuration',
    responses: { 200: { description: 'The configuration.', schema: channelConfigBodySchema } },
    errors: linkErrors(),
  },
  {
    ...realtime,
    method: 'POST',
    path: linkPaths.hqRealtimeCustomers,
    summary: 'Create a customer for a register (idempotent by GUID)',
    body: linkCreateRequestSchema,
    responses: {
      201: { description: 'Created.', schema: realtimeCreationSchema },
      200: { description: 'Created before (a retry).', schema: realtimeCreationSchema },
    },
    errors: linkErrors(400, 409),
  },
  {
    ...realtime,
    method: 'GET',
    path: linkPaths.hqRealtimeSearch,
    summary: 'Search customers of all stores for a register',
    query: linkSearchQuerySchema,
    responses: { 200: { description: 'The customers.', schema: linkSearchResponseSchema } },
    errors: linkErrors(400),
  },
  {
    ...realtime,
    method: 'PUT',
    path: linkRoutePatterns.hqRealtimeCustomer,
    summary: 'Edit a customer for a register',
    params: accountParamsSchema,
    body: linkEditRequestSchema,
    responses: { 200: { description: 'The customer.', schema: linkCustomerResponseSchema } },
    errors: linkErrors(400, 404, 409),
  },
  {
    ...realtime,
    method: 'POST',
    path: linkRoutePatterns.hqRealtimeAddresses,
    summary: 'Add an address for a register',
    params: accountParamsSchema,
    body: linkAddressRequestSchema,
    responses: { 201: { description: 'The customer.', schema: linkCustomerResponseSchema } },
    errors: linkErrors(400, 404, 409),
  },
  {
    ...realtime,
    method: 'POST',
    path: linkRoutePatterns.hqRealtimeLoyaltyCards,
    summary: 'Issue a loyalty card for a register',
    params: accountParamsSchema,
    responses: {
      201: { description: 'The card and customer.', schema: linkLoyaltyCardResponseSchema },
    },
    errors: linkErrors(400, 404, 409),
  },
];

/**
 * The HQ ↔ scale-unit link over HTTP (docs/design/scale-out.md "HTTP") for the OpenAPI
 * documents, with wire.ts's schemas: what a service running alone serves beside the contract's
 * API (`joinCatalogs(apiCatalog, linkCatalog)`). `npm start`'s in-process link serves none.
 */
export const linkCatalog: ApiCatalog = {
  routes,
  components: {
    ChannelConfig: channelConfigSchema,
    ChannelRecord: channelRecordSchema,
    DistributedCustomer: distributedCustomerSchema,
    RegisterActivity: registerActivitySchema,
  },
};
