import { z } from 'zod';
import {
  affiliationSchema,
  customerDefaultsSchema,
  customerSchema,
} from '../../contract/customer.ts';
import { queueHealthSchema } from '../../contract/health.ts';
import { hqSettingsSchema } from '../../contract/hq-admin.ts';
import {
  customerResponseSchema,
  loyaltyCardResponseSchema,
  realtimeAddressRequestSchema,
  realtimeCreateRequestSchema,
  realtimeEditRequestSchema,
  searchAllStoresQuerySchema,
  searchAllStoresResponseSchema,
} from '../../contract/realtime.ts';
import { uploadResultSchema } from '../../contract/upload.ts';
import type {
  ChannelConfig,
  ChannelRecord,
  ChannelStore,
  DistributedCustomer,
  HqLink,
  IssuedActivationCode,
  LinkDevice,
  RealtimeCreation,
  RegisterActivity,
  ScaleUnitInfo,
} from './link.ts';

/**
 * The HQ ↔ scale-unit link on the wire (docs/design/scale-out.md, "HTTP"): paths, headers and a
 * zod schema for every request and answer body. The routes (`http-routes.ts`) validate what
 * they are sent with these, and the client (`http-client.ts`) what it is answered.
 */

const scaleUnitPrefix = '/api/link/scale-unit';
const hqPrefix = '/api/link/hq';
const segment = encodeURIComponent;

/** Every path of the link, HQ → scale unit (`scaleUnit…`) and scale unit → HQ (`hq…`). */
export const linkPaths = {
  scaleUnitDescribe: `${scaleUnitPrefix}/describe`, // GET
  scaleUnitRecords: `${scaleUnitPrefix}/records`, // GET ?after=&limit=
  scaleUnitCustomers: `${scaleUnitPrefix}/customers`, // POST { customers }: 204
  scaleUnitConfig: `${scaleUnitPrefix}/config`, // PUT { config }: 204
  scaleUnitActivationCode: (registerId: string) =>
    `${scaleUnitPrefix}/registers/${segment(registerId)}/activation-code`, // POST { storeId }
  scaleUnitRevoke: (registerId: string) =>
    `${scaleUnitPrefix}/registers/${segment(registerId)}/revoke`, // POST
  scaleUnitRetire: (registerId: string) =>
    `${scaleUnitPrefix}/registers/${segment(registerId)}/retire`, // POST: 204
  scaleUnitRegisterActivity: `${scaleUnitPrefix}/registers/activity`, // GET
  scaleUnitImport: `${scaleUnitPrefix}/records/import`, // POST { storeId, registerId, records }
  hqConfig: `${hqPrefix}/config`, // GET
  hqRealtimeCustomers: `${hqPrefix}/realtime/customers`, // POST: 201 created, 200 a retry
  hqRealtimeSearch: `${hqPrefix}/realtime/customers/search`, // GET ?q=
  hqRealtimeCustomer: (account: string) => `${hqPrefix}/realtime/customers/${segment(account)}`, // PUT
  hqRealtimeAddresses: (account: string) =>
    `${hqPrefix}/realtime/customers/${segment(account)}/addresses`, // POST
  hqRealtimeLoyaltyCards: (account: string) =>
    `${hqPrefix}/realtime/customers/${segment(account)}/loyalty-cards`, // POST
} as const;

/** Route patterns for the paths with a parameter (Fastify's `:name` syntax). */
export const linkRoutePatterns = {
  scaleUnitActivationCode: `${scaleUnitPrefix}/registers/:registerId/activation-code`,
  scaleUnitRevoke: `${scaleUnitPrefix}/registers/:registerId/revoke`,
  scaleUnitRetire: `${scaleUnitPrefix}/registers/:registerId/retire`,
  hqRealtimeCustomer: `${hqPrefix}/realtime/customers/:account`,
  hqRealtimeAddresses: `${hqPrefix}/realtime/customers/:account/addresses`,
  hqRealtimeLoyaltyCards: `${hqPrefix}/realtime/customers/:account/loyalty-cards`,
} as const;

/**
 * Headers of the link (lower case, as Node gives them): `authorization` carries the service
 * credential; `x-scale-unit` says whose it is (calls to HQ); real-time calls name their register.
 */
export const linkHeaders = {
  authorization: 'authorization',
  scaleUnit: 'x-scale-unit',
  storeId: 'x-store-id',
  registerId: 'x-register-id',
} as const;

/** The most records one pull may ask for, and the most customers one push may carry. */
export const linkPageMax = 10_000;
/** The most records one rescue import carries (as `rescueFileSchema`). */
export const linkImportMax = 50_000;

const idSchema = z.string().min(1).max(40);
const isoOrNull = z.iso.datetime().nullable();

/** A register, as real-time calls name it in `x-store-id` / `x-register-id`. */
export const linkDeviceSchema = z.strictObject({ storeId: idSchema, registerId: idSchema });

/** The path parameter of register routes and of real-time customer routes. */
export const registerParamsSchema = z.strictObject({ registerId: idSchema });
export const accountParamsSchema = z.strictObject({ account: z.string().min(1).max(30) });

// HQ → scale unit

export const scaleUnitInfoSchema = z.strictObject({
  id: idSchema,
  storeIds: z.array(idSchema),
  connectedRegisters: z.int().min(0),
});

/** Query strings are text: a non-negative whole number, written in digits. */
const countParam = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,15})$/, 'Expected a whole number.')
  .transform(Number);

export const pullRecordsQuerySchema = z.strictObject({
  after: countParam,
  limit: countParam.pipe(z.int().min(1).max(linkPageMax)),
});

export const channelRecordSchema = z.strictObject({
  replicationCounter: z.int().min(1),
  guid: z.uuid(),
  kind: z.string().min(1).max(40),
  payload: z.string(),
  storeId: idSchema,
  registerId: idSchema,
  receivedAt: z.iso.datetime(),
});
export const pullRecordsResponseSchema = z.strictObject({ records: z.array(channelRecordSchema) });

export const distributedCustomerSchema = z.strictObject({
  customer: customerSchema,
  originRegisterId: idSchema.nullable(),
});
export const pushCustomersRequestSchema = z.strictObject({
  customers: z.array(distributedCustomerSchema).max(linkPageMax),
});

export const channelStoreSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(100),
  asyncCustomerMode: z.boolean(),
  defaults: z.nullable(customerDefaultsSchema),
  registers: z.array(
    z.strictObject({ id: idSchema, number: z.string().min(1).max(10), retiredAt: isoOrNull }),
  ),
});
export const channelConfigSchema = z.strictObject({
  version: z.string().min(1).max(200),
  settings: hqSettingsSchema,
  affiliations: z.array(affiliationSchema),
  stores: z.array(channelStoreSchema),
});
/** The body of `PUT config` and the answer to `GET config` (HQ). */
export const channelConfigBodySchema = z.strictObject({ config: channelConfigSchema });

export const activationCodeRequestSchema = z.strictObject({ storeId: idSchema });
export const issuedActivationCodeSchema = z.strictObject({
  code: z.string().min(1).max(100),
  expiresAt: z.iso.datetime(),
});

export const revokeResponseSchema = z.strictObject({ revoked: z.boolean() });

export const registerActivitySchema = z.strictObject({
  registerId: idSchema,
  storeId: idSchema,
  lastSeenAt: isoOrNull,
  queue: z.nullable(queueHealthSchema),
  activatedAt: isoOrNull,
});
export const registerActivityResponseSchema = z.strictObject({
  registers: z.array(registerActivitySchema),
});

export const importRecordsRequestSchema = z.strictObject({
  storeId: idSchema,
  registerId: idSchema,
  /** Validated one by one at the scale unit, as an upload's are (a damaged one alone refused). */
  records: z.array(z.looseObject({ guid: z.uuid() })).max(linkImportMax),
});
export const importRecordsResponseSchema = z.strictObject({
  results: z.array(uploadResultSchema),
});

// Scale unit → HQ

/** The body of a real-time create is the register's (`realtimeCreateRequestSchema`). */
export const realtimeCreationSchema = z.strictObject({
  customer: customerSchema,
  created: z.boolean(),
});
/** The other real-time bodies, queries and answers are the register's too. */
export {
  customerResponseSchema as linkCustomerResponseSchema,
  loyaltyCardResponseSchema as linkLoyaltyCardResponseSchema,
  realtimeAddressRequestSchema as linkAddressRequestSchema,
  realtimeCreateRequestSchema as linkCreateRequestSchema,
  realtimeEditRequestSchema as linkEditRequestSchema,
  searchAllStoresQuerySchema as linkSearchQuerySchema,
  searchAllStoresResponseSchema as linkSearchResponseSchema,
};

/** True when A and B are the same type (not merely assignable either way). */
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/**
 * The interfaces of `link.ts` are what these schemas infer: a change to one side without the
 * other fails the type check here.
 */
export type LinkWireMatchesInterfaces = [
  Assert<Equals<LinkDevice, z.infer<typeof linkDeviceSchema>>>,
  Assert<Equals<ScaleUnitInfo, z.infer<typeof scaleUnitInfoSchema>>>,
  Assert<Equals<ChannelRecord, z.infer<typeof channelRecordSchema>>>,
  Assert<Equals<DistributedCustomer, z.infer<typeof distributedCustomerSchema>>>,
  Assert<Equals<ChannelStore, z.infer<typeof channelStoreSchema>>>,
  Assert<Equals<ChannelConfig, z.infer<typeof channelConfigSchema>>>,
  Assert<Equals<IssuedActivationCode, z.infer<typeof issuedActivationCodeSchema>>>,
  Assert<Equals<RegisterActivity, z.infer<typeof registerActivitySchema>>>,
  Assert<Equals<RealtimeCreation, z.infer<typeof realtimeCreationSchema>>>,
  Assert<
    Equals<
      Awaited<ReturnType<HqLink['issueLoyaltyCard']>>,
      z.infer<typeof loyaltyCardResponseSchema>
    >
  >,
];
