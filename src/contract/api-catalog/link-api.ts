import {
  channelConfigResponseSchema,
  hqLinkHeadersSchema,
  hqRealtimeHeadersSchema,
  importRecordsRequestSchema,
  importRecordsResponseSchema,
  issueActivationCodeRequestSchema,
  issuedActivationCodeSchema,
  pullRecordsQuerySchema,
  pullRecordsResponseSchema,
  pushConfigRequestSchema,
  pushCustomersRequestSchema,
  realtimeCreationSchema,
  registerActivityResponseSchema,
  revokeRegisterResponseSchema,
  scaleUnitInfoSchema,
} from '../link-wire.ts';
import {
  customerResponseSchema,
  loyaltyCardResponseSchema,
  realtimeAddressRequestSchema,
  realtimeCreateRequestSchema,
  realtimeEditRequestSchema,
  searchAllStoresQuerySchema,
  searchAllStoresResponseSchema,
} from '../realtime.ts';
import { accountParamsSchema, storeOrRegisterParamsSchema } from '../route-params.ts';
import type { ApiRoute } from './api-route.ts';

/** Where each side serves the link (docs/design/scale-out.md). */
export const linkPrefixes = {
  scaleUnit: '/api/link/scale-unit',
  hq: '/api/link/hq',
} as const;

const toScaleUnit = { services: ['scale-unit'], tag: 'link', auth: 'service-credential' } as const;
const toHq = {
  services: ['headquarters'],
  tag: 'link',
  auth: 'service-credential',
  headers: hqLinkHeadersSchema,
} as const;
const realtime = { ...toHq, headers: hqRealtimeHeadersSchema } as const;
const done = { description: 'Done; no body.' };
const su = linkPrefixes.scaleUnit;
const hq = linkPrefixes.hq;

/**
 * The HQ ↔ scale-unit link over HTTP (docs/design/scale-out.md "HTTP"). A process that runs both
 * services with the in-process link (`npm start`) serves none of these.
 */
export const linkApi: readonly ApiRoute[] = [
  {
    ...toScaleUnit,
    method: 'GET',
    path: `${su}/describe`,
    summary: 'The scale unit: its ID, stores and connected registers',
    responses: { 200: { description: 'The scale unit.', schema: scaleUnitInfoSchema } },
    errors: [],
  },
  {
    ...toScaleUnit,
    method: 'GET',
    path: `${su}/records`,
    summary: 'P-job: stored async records after a replication counter, ascending',
    query: pullRecordsQuerySchema,
    responses: { 200: { description: 'One page.', schema: pullRecordsResponseSchema } },
    errors: [400],
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: `${su}/customers`,
    summary: '1010: upsert customers by account number',
    body: pushCustomersRequestSchema,
    responses: { 204: done },
    errors: [400],
  },
  {
    ...toScaleUnit,
    method: 'PUT',
    path: `${su}/config`,
    summary: 'Settings, affiliations and stores',
    body: pushConfigRequestSchema,
    responses: { 204: done },
    errors: [400],
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: `${su}/registers/:id/activation-code`,
    summary: "Issue a register's activation code",
    params: storeOrRegisterParamsSchema,
    body: issueActivationCodeRequestSchema,
    responses: { 200: { description: 'The code.', schema: issuedActivationCodeSchema } },
    errors: [400],
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: `${su}/registers/:id/revoke`,
    summary: "Revoke a register's device tokens",
    params: storeOrRegisterParamsSchema,
    responses: {
      200: { description: 'Whether it had any.', schema: revokeRegisterResponseSchema },
    },
    errors: [400],
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: `${su}/registers/:id/retire`,
    summary: "Revoke a retired register's tokens and discard its activation codes",
    params: storeOrRegisterParamsSchema,
    responses: { 204: done },
    errors: [400],
  },
  {
    ...toScaleUnit,
    method: 'GET',
    path: `${su}/registers/activity`,
    summary: 'What the scale unit last heard from each register',
    responses: { 200: { description: 'The registers.', schema: registerActivityResponseSchema } },
    errors: [],
  },
  {
    ...toScaleUnit,
    method: 'POST',
    path: `${su}/records/import`,
    summary: "HQ's rescue import: records as if the register had uploaded them",
    body: importRecordsRequestSchema,
    responses: {
      200: { description: 'Each record’s outcome.', schema: importRecordsResponseSchema },
    },
    errors: [400, 413],
  },
  {
    ...toHq,
    method: 'GET',
    path: `${hq}/config`,
    summary: 'The channel configuration',
    responses: { 200: { description: 'The configuration.', schema: channelConfigResponseSchema } },
    errors: [],
  },
  {
    ...realtime,
    method: 'POST',
    path: `${hq}/realtime/customers`,
    summary: 'Create a customer for a register (idempotent by GUID)',
    body: realtimeCreateRequestSchema,
    responses: { 200: { description: 'The customer.', schema: realtimeCreationSchema } },
    errors: [400, 409],
  },
  {
    ...realtime,
    method: 'GET',
    path: `${hq}/realtime/customers/search`,
    summary: 'Search customers of all stores for a register',
    query: searchAllStoresQuerySchema,
    responses: { 200: { description: 'The customers.', schema: searchAllStoresResponseSchema } },
    errors: [400],
  },
  {
    ...realtime,
    method: 'PUT',
    path: `${hq}/realtime/customers/:account`,
    summary: 'Edit a customer for a register',
    params: accountParamsSchema,
    body: realtimeEditRequestSchema,
    responses: { 200: { description: 'The customer.', schema: customerResponseSchema } },
    errors: [400, 404, 409],
  },
  {
    ...realtime,
    method: 'POST',
    path: `${hq}/realtime/customers/:account/addresses`,
    summary: 'Add an address for a register',
    params: accountParamsSchema,
    body: realtimeAddressRequestSchema,
    responses: { 200: { description: 'The customer.', schema: customerResponseSchema } },
    errors: [400, 404, 409],
  },
  {
    ...realtime,
    method: 'POST',
    path: `${hq}/realtime/customers/:account/loyalty-cards`,
    summary: 'Issue a loyalty card for a register',
    params: accountParamsSchema,
    responses: {
      200: { description: 'The card and customer.', schema: loyaltyCardResponseSchema },
    },
    errors: [400, 404, 409],
  },
];
