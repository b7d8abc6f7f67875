import { z } from '../zod.ts';
import { apiPaths } from '../api-paths.ts';
import { heartbeatRequestSchema } from '../health.ts';
import {
  customerResponseSchema,
  loyaltyCardResponseSchema,
  realtimeAddressRequestSchema,
  realtimeCreateRequestSchema,
  realtimeEditRequestSchema,
  searchAllStoresQuerySchema,
  searchAllStoresResponseSchema,
} from '../realtime.ts';
import {
  activationRequestSchema,
  activationResponseSchema,
  feedResponseSchema,
  heartbeatResponseSchema,
  registerConfigSchema,
} from '../register.ts';
import { accountParamsSchema, feedQuerySchema } from '../route-params.ts';
import { httpsInfoSchema } from '../tablet-setup.ts';
import { uploadRequestSchema, uploadResponseSchema } from '../upload.ts';
import type { ApiRoute } from './api-route.ts';

const scaleUnit = ['scale-unit'] as const;

const register = { services: scaleUnit, tag: 'register', auth: 'device-token' } as const;
const realtime = { services: scaleUnit, tag: 'real-time', auth: 'device-token' } as const;
const tablet = { services: scaleUnit, tag: 'tablet', auth: 'none' } as const;

const customerAnswer = {
  description: 'The customer as HQ holds it now.',
  schema: customerResponseSchema,
};

/**
 * The scale unit's API (docs/design/scale-out.md): activation, the register API, the Real-time
 * Service the register calls (the scale unit relays it to HQ) and the public tablet downloads.
 */
export const scaleUnitApi: readonly ApiRoute[] = [
  {
    method: 'POST',
    path: apiPaths.activate,
    services: scaleUnit,
    tag: 'register',
    auth: 'none',
    summary: 'Activate a register with its one-time activation code',
    description:
      'Exchanges the code HQ issued for the register (Add a tablet) for a device token. At most 10 attempts a minute from one address: more are answered 429.',
    body: activationRequestSchema,
    responses: { 201: { description: 'Activated.', schema: activationResponseSchema } },
    errors: [400, 429],
  },
  {
    ...register,
    method: 'GET',
    path: apiPaths.registerConfig,
    summary: "The register's store, settings and affiliations",
    responses: { 200: { description: 'The configuration.', schema: registerConfigSchema } },
    errors: [404],
  },
  {
    ...register,
    method: 'POST',
    path: apiPaths.heartbeat,
    summary: "Report the register's upload queue (X3)",
    body: heartbeatRequestSchema,
    responses: { 200: { description: 'Recorded.', schema: heartbeatResponseSchema } },
    errors: [400],
  },
  {
    ...register,
    method: 'GET',
    path: apiPaths.heartbeat,
    summary: 'Heartbeat without a queue report',
    responses: { 200: { description: 'The server time.', schema: heartbeatResponseSchema } },
    errors: [],
    deprecated: true,
  },
  {
    ...register,
    method: 'GET',
    path: apiPaths.registerEvents,
    summary: 'Server-Sent Events: told when something for this register changed',
    description:
      'A `hello` event on connect (data: `{"heartbeatMs": n}`), then a data-free `poke` (data: `{"topics": ["config" | "customers"]}`) whenever those changed, and a `: ping` comment every heartbeatMs. See contract/register-events.ts.',
    responses: {
      200: {
        description: 'The event stream, open until either side closes it.',
        contentType: 'text/event-stream',
        schema: z.string(),
      },
    },
    errors: [],
  },
  {
    ...register,
    method: 'POST',
    path: apiPaths.upload,
    summary: 'Upload asynchronous records (customers, edits, addresses)',
    description:
      'Idempotent by record GUID. Records are judged one by one: one invalid record is rejected alone, and only a malformed envelope is a 400.',
    body: uploadRequestSchema,
    responses: {
      200: { description: 'What happened to each record.', schema: uploadResponseSchema },
    },
    errors: [400, 413],
  },
  {
    ...register,
    method: 'GET',
    path: apiPaths.feed,
    summary: 'Customers changed since a cursor, a page at a time',
    query: feedQuerySchema,
    responses: { 200: { description: 'One page.', schema: feedResponseSchema } },
    errors: [400],
  },
  {
    ...realtime,
    method: 'POST',
    path: apiPaths.realtimeCustomers,
    summary: 'Create a customer at HQ now (sync mode)',
    description:
      'The GUID is the idempotency key: a retry gets the original answer (200), another customer with a used GUID is 409 `guid-reused`. 503 `hq-unreachable` when HQ does not answer: queue the customer asynchronously with the same GUID.',
    body: realtimeCreateRequestSchema,
    responses: {
      201: customerAnswer,
      200: { ...customerAnswer, description: 'Created before (a retry).' },
    },
    errors: [400, 409, 503],
  },
  {
    ...realtime,
    method: 'GET',
    path: apiPaths.realtimeSearch,
    summary: 'Search customers of all stores at HQ',
    query: searchAllStoresQuerySchema,
    responses: {
      200: { description: 'At most 50 customers.', schema: searchAllStoresResponseSchema },
    },
    errors: [400, 503],
  },
  {
    ...realtime,
    method: 'PUT',
    path: '/api/rts/customers/:account',
    summary: 'Edit a customer at HQ',
    description: 'Sends the version the edit started from; 409 `conflict` when it changed since.',
    params: accountParamsSchema,
    body: realtimeEditRequestSchema,
    responses: { 200: customerAnswer },
    errors: [400, 404, 409, 503],
  },
  {
    ...realtime,
    method: 'POST',
    path: '/api/rts/customers/:account/addresses',
    summary: 'Add an address to a customer at HQ',
    params: accountParamsSchema,
    body: realtimeAddressRequestSchema,
    responses: { 201: customerAnswer },
    errors: [400, 404, 409, 503],
  },
  {
    ...realtime,
    method: 'POST',
    path: '/api/rts/customers/:account/loyalty-cards',
    summary: 'Issue a loyalty card to a customer',
    params: accountParamsSchema,
    responses: {
      201: { description: 'The new card and the customer.', schema: loyaltyCardResponseSchema },
    },
    errors: [400, 404, 409, 503],
  },
  {
    ...tablet,
    method: 'GET',
    path: apiPaths.tabletCaCertificate,
    summary: 'The store CA certificate, for a tablet to trust',
    responses: {
      200: {
        description: 'A download.',
        contentType: 'application/x-x509-ca-cert',
        schema: z.string(),
      },
    },
    errors: [404],
  },
  {
    ...tablet,
    method: 'GET',
    path: apiPaths.tabletCaProfile,
    summary: 'The store CA as an Apple configuration profile',
    responses: {
      200: {
        description: 'A download.',
        contentType: 'application/x-apple-aspen-config',
        schema: z.string(),
      },
    },
    errors: [404],
  },
  {
    ...tablet,
    method: 'GET',
    path: apiPaths.tabletHttps,
    summary: "The https port, for the register's insecure-context screen",
    responses: { 200: { description: 'The port.', schema: httpsInfoSchema } },
    errors: [],
  },
];
