import { z } from 'zod';
import { affiliationSchema, customerDefaultsSchema, customerSchema } from './customer.ts';
import { queueHealthSchema } from './health.ts';
import { hqSettingsSchema } from './hq-admin.ts';
import { uploadResultSchema } from './upload.ts';

/**
 * The HQ ↔ scale-unit link on the wire (issue 12, docs/design/scale-out.md "HTTP"): the bodies
 * of `/api/link/scale-unit/*` and `/api/link/hq/*`, mirroring the types of
 * server/link/link.ts. The HTTP link validates with these and the API catalog documents them.
 */

/** The headers a link call to HQ carries beside `Authorization: Bearer <secret>`. */
export const linkHeaders = {
  scaleUnit: 'x-scale-unit',
  storeId: 'x-store-id',
  registerId: 'x-register-id',
} as const;

/** A scale unit's ID (its settings' SCALE_UNIT_ID, HQ's SCALE_UNITS entry). */
export const scaleUnitIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);

/** Every call to HQ: which scale unit's secret this is. */
export const hqLinkHeadersSchema = z.object({ [linkHeaders.scaleUnit]: scaleUnitIdSchema });

/** Real-time calls to HQ: the register the scale unit authenticated. */
export const hqRealtimeHeadersSchema = hqLinkHeadersSchema.extend({
  [linkHeaders.storeId]: z.string().min(1).max(20),
  [linkHeaders.registerId]: z.string().min(1).max(20),
});

/** `LinkDevice`: a register and its store. */
export const linkDeviceSchema = z.strictObject({
  storeId: z.string().min(1).max(20),
  registerId: z.string().min(1).max(20),
});

/** `ChannelRecord`: an async record as the scale unit stored it, with its replication counter. */
export const channelRecordSchema = z.strictObject({
  replicationCounter: z.int().min(1),
  guid: z.uuid(),
  kind: z.string(),
  /** The record's canonical JSON as uploaded (an `AsyncRecord`). */
  payload: z.string(),
  storeId: z.string(),
  registerId: z.string(),
  receivedAt: z.iso.datetime(),
});

/** `DistributedCustomer`: a customer as 1010 delivers it. */
export const distributedCustomerSchema = z.strictObject({
  customer: customerSchema,
  originRegisterId: z.string().nullable(),
});

/** `ChannelStore`: one store's part of the channel configuration. */
export const channelStoreSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  asyncCustomerMode: z.boolean(),
  defaults: customerDefaultsSchema,
  registers: z.array(
    z.strictObject({ id: z.string(), number: z.string(), retiredAt: z.iso.datetime().nullable() }),
  ),
});

/** `ChannelConfig`: what a scale unit needs of HQ's configuration; `version` changes with it. */
export const channelConfigSchema = z.strictObject({
  version: z.string(),
  settings: hqSettingsSchema,
  affiliations: z.array(affiliationSchema),
  stores: z.array(channelStoreSchema),
});

/** `ScaleUnitInfo`, GET describe. */
export const scaleUnitInfoSchema = z.strictObject({
  id: z.string(),
  storeIds: z.array(z.string()),
  connectedRegisters: z.int().min(0),
});

/** `RegisterActivity`: what a scale unit last heard from one register. */
export const registerActivitySchema = z.strictObject({
  registerId: z.string(),
  storeId: z.string(),
  lastSeenAt: z.iso.datetime().nullable(),
  queue: queueHealthSchema.nullable(),
  activatedAt: z.iso.datetime().nullable(),
});

/** The most records one pull asks for. */
export const pullLimitMax = 1000;

/** GET records: the P-job's page after a replication counter. */
export const pullRecordsQuerySchema = z.object({
  after: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(1).max(pullLimitMax),
});
export const pullRecordsResponseSchema = z.strictObject({ records: z.array(channelRecordSchema) });
export const pushCustomersRequestSchema = z.strictObject({
  customers: z.array(distributedCustomerSchema),
});
export const pushConfigRequestSchema = z.strictObject({ config: channelConfigSchema });
export const issueActivationCodeRequestSchema = z.strictObject({ storeId: z.string().min(1) });
/** `IssuedActivationCode`: returned once (the scale unit keeps only its hash). */
export const issuedActivationCodeSchema = z.strictObject({
  code: z.string(),
  expiresAt: z.iso.datetime(),
});
export const revokeRegisterResponseSchema = z.strictObject({ revoked: z.boolean() });
export const registerActivityResponseSchema = z.strictObject({
  registers: z.array(registerActivitySchema),
});
/** HQ's rescue import through the scale unit: records checked one by one, like an upload's. */
export const importRecordsRequestSchema = linkDeviceSchema.extend({
  records: z.array(z.looseObject({ guid: z.uuid() })),
});
export const importRecordsResponseSchema = z.strictObject({ results: z.array(uploadResultSchema) });

export const channelConfigResponseSchema = z.strictObject({ config: channelConfigSchema });
/** `RealtimeCreation`: `created` is false for a retry of the same GUID. */
export const realtimeCreationSchema = z.strictObject({
  customer: customerSchema,
  created: z.boolean(),
});
