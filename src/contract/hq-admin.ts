import { z } from './zod.ts';
import {
  accountNumberSchema,
  affiliationSchema,
  customerDefaultsSchema,
  customerSchema,
} from './customer.ts';
import { customerFeaturesSchema } from './register.ts';
import { asyncRecordKinds, asyncRecordSchema } from './upload.ts';
import { messageSchema } from './message-schema.ts';
import type { MessageCode } from './messages.ts';

// Issue messages are message codes (src/contract/messages.ts); `fieldErrors` adds max/min.
const tooLong = 'too-long' satisfies MessageCode;
const nameRequired = 'name-required' satisfies MessageCode;
const enterPassword = 'enter-password' satisfies MessageCode;

/** The three batch jobs of the asynchronous customer flow (B6). */
export const jobIds = ['p-job', 'sync-customers', 'distribution-1010'] as const;
export type JobId = (typeof jobIds)[number];

export const jobRunSchema = z.strictObject({
  id: z.int(),
  jobId: z.enum(jobIds),
  trigger: z.enum(['manual', 'schedule']),
  startedAt: z.iso.datetime(),
  endedAt: z.nullable(z.iso.datetime()),
  read: z.int().check(z.minimum(0)),
  done: z.int().check(z.minimum(0)),
  failed: z.int().check(z.minimum(0)),
  /** What went wrong, each a message; `record` names the record it is about. */
  errors: z.array(z.extend(messageSchema, { record: z.optional(z.string()) })),
});
export type JobRun = z.infer<typeof jobRunSchema>;

export const jobScheduleSchema = z.strictObject({
  enabled: z.boolean(),
  intervalSeconds: z.int().check(z.minimum(1), z.maximum(86_400)),
});
export type JobSchedule = z.infer<typeof jobScheduleSchema>;

export const jobSchema = z.strictObject({
  id: z.enum(jobIds),
  /** e.g. "P-job", "Synchronize customers and channel requests", "1010". */
  name: z.string(),
  /** The name older versions used, shown beside the current one. */
  formerName: z.nullable(z.string()),
  description: z.string(),
  schedule: jobScheduleSchema,
  lastRun: z.nullable(jobRunSchema),
});
export type Job = z.infer<typeof jobSchema>;
export const jobsResponseSchema = z.strictObject({ jobs: z.array(jobSchema) });
export const jobRunsResponseSchema = z.strictObject({ runs: z.array(jobRunSchema) });
export const jobRunResponseSchema = z.strictObject({ run: jobRunSchema });
export const jobSchedulePatchSchema = z.partial(jobScheduleSchema);
/** Reply to PATCH apiPaths.hqJob: the job with its new schedule. */
export const jobPatchResponseSchema = z.strictObject({ job: jobSchema });

/**
 * A store's ID: capital letters, digits and "-", at most 14 characters, so that its registers'
 * IDs (`<store>-R<number>`, see `registerIdFor`) stay within the 20 characters registers use.
 */
export const storeIdSchema = z
  .string()
  .check(z.regex(/^[A-Z0-9][A-Z0-9-]{0,13}$/, 'store-id-format' satisfies MessageCode));
/** A store's name as the console and the registers show it. */
export const storeNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, nameRequired), z.maxLength(60, tooLong));
/** A register's number within its store: 1 to 999, no leading zero ("2", not "02"). */
export const registerNumberSchema = z
  .string()
  .check(z.regex(/^[1-9][0-9]{0,2}$/, 'register-number-format' satisfies MessageCode));

/** A register's ID, derived from its store and number as the demo's are: S001 + 2 → S001-R2. */
export function registerIdFor(storeId: string, number: string): string {
  return `${storeId}-R${number}`;
}

export const hqRegisterSchema = z.strictObject({
  id: z.string(),
  number: z.string(),
  activated: z.boolean(),
  /** When HQ retired it (its device token revoked, no new activation), or null while in use. */
  retiredAt: z.nullable(z.iso.datetime()),
});
export type HqRegister = z.infer<typeof hqRegisterSchema>;

export const hqStoreSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** Functionality profile: "Create customer in async mode". */
  asyncCustomerMode: z.boolean(),
  defaults: customerDefaultsSchema,
  defaultCustomerAccount: accountNumberSchema,
  registers: z.array(hqRegisterSchema),
});
export type HqStore = z.infer<typeof hqStoreSchema>;
export const hqStoresResponseSchema = z.strictObject({ stores: z.array(hqStoreSchema) });
export const hqStorePatchSchema = z
  .strictObject({
    name: z.optional(storeNameSchema),
    asyncCustomerMode: z.optional(z.boolean()),
    /** The store's default customer: what new customers inherit. */
    defaults: z.optional(customerDefaultsSchema),
  })
  .check(
    z.refine(
      (patch) =>
        patch.name !== undefined ||
        patch.asyncCustomerMode !== undefined ||
        patch.defaults !== undefined,
      { message: 'nothing-to-change' satisfies MessageCode },
    ),
  );
/** Reply to PATCH apiPaths.hqStore and POST apiPaths.hqStores: the store as it is now. */
export const hqStorePatchResponseSchema = z.strictObject({ store: hqStoreSchema });

/**
 * A new store (POST apiPaths.hqStores; 409 `store-exists` when the ID is taken). HQ creates its
 * default customer, an organization named `defaultCustomerName` with the `defaults` every new
 * customer of the store inherits.
 */
export const hqStoreCreateSchema = z.strictObject({
  id: storeIdSchema,
  name: storeNameSchema,
  /** Functionality profile: "Create customer in async mode". */
  asyncCustomerMode: z.boolean(),
  defaultCustomerName: z
    .string()
    .check(z.trim(), z.minLength(1, nameRequired), z.maxLength(100, tooLong)),
  defaults: customerDefaultsSchema,
});
export type HqStoreCreate = z.infer<typeof hqStoreCreateSchema>;

/** A new register (POST apiPaths.hqStoreRegisters; 409 `register-exists` when the number is taken). */
export const hqRegisterCreateSchema = z.strictObject({ number: registerNumberSchema });
/** Reply to POST apiPaths.hqStoreRegisters: the new register and its store as it is now. */
export const hqRegisterCreateResponseSchema = z.strictObject({
  register: hqRegisterSchema,
  store: hqStoreSchema,
});
/** Reply to POST apiPaths.hqRegisterRetire (idempotent: a second call keeps the first time). */
export const hqRegisterRetireResponseSchema = z.strictObject({
  registerId: z.string(),
  retiredAt: z.iso.datetime(),
});

/** Status of one asynchronous customer operation at HQ (B13). */
export const asyncOperationStatuses = ['pending', 'completed', 'failed'] as const;
export type AsyncOperationStatus = (typeof asyncOperationStatuses)[number];
export const asyncOperationSchema = z.strictObject({
  guid: z.uuid(),
  kind: z.enum(asyncRecordKinds),
  storeId: z.string(),
  registerId: z.string(),
  /** The customer's name (for edits and addresses: the customer they belong to). */
  name: z.string(),
  accountNumber: z.nullable(accountNumberSchema),
  status: z.enum(asyncOperationStatuses),
  lastError: z.nullable(messageSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AsyncOperation = z.infer<typeof asyncOperationSchema>;
export const asyncOperationsResponseSchema = z.strictObject({
  operations: z.array(asyncOperationSchema),
});
/** One operation with the record as HQ holds it, for the fix dialog (B13). */
export const asyncOperationDetailSchema = z.strictObject({
  operation: asyncOperationSchema,
  record: asyncRecordSchema,
});
/**
 * Fix of a failed operation: the whole corrected record. Its GUID, kind and customer reference
 * cannot change; the operation stays failed until it is synchronized again.
 */
export const asyncOperationFixSchema = z.strictObject({ record: asyncRecordSchema });
export const asyncOperationResponseSchema = z.strictObject({ operation: asyncOperationSchema });

/** Async operations by status over time, for the console's chart. */
export const asyncOperationStatsQuerySchema = z.strictObject({
  hours: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(168))),
  bucketMinutes: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1440))),
});
export const asyncOperationStatsSchema = z.strictObject({
  buckets: z.array(
    z.strictObject({
      start: z.iso.datetime(),
      pending: z.int().check(z.minimum(0)),
      completed: z.int().check(z.minimum(0)),
      failed: z.int().check(z.minimum(0)),
    }),
  ),
});

export const asyncOperationsQuerySchema = z.strictObject({
  status: z.optional(z.enum(asyncOperationStatuses)),
  storeId: z.optional(z.string().check(z.maxLength(20))),
});

export const hqCustomersQuerySchema = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500))),
});
export const hqCustomersResponseSchema = z.strictObject({
  customers: z.array(customerSchema),
  total: z.int().check(z.minimum(0)),
});

/** Test controls, served only when the server runs with test controls enabled. */
export const scaleUnitSwitchSchema = z.strictObject({ reachable: z.boolean() });
export const faultInjectionSchema = z.strictObject({
  /** How many coming upload requests fail with `status` before any work is done. */
  uploadFailures: z.int().check(z.minimum(0), z.maximum(1000)),
  status: z.int().check(z.minimum(500), z.maximum(599)),
  /** How many coming uploads are stored, then answered by a dropped connection (lost answer). */
  dropAfterCommit: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
  /** Share of register and real-time requests answered 503 at random, 0 to 1 (chaos). */
  failureRate: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Extra delay before every register and real-time answer, in ms (time-outs). */
  delayMs: z.optional(z.int().check(z.minimum(0), z.maximum(60_000))),
  /**
   * Uploads are answered, every record accepted, and nothing is stored (the bench's no-op drain:
   * the drain's limit without the server's work).
   */
  uploadsAnswerOnly: z.optional(z.boolean()),
});

/**
 * The Real-time Service's capacity (benchmarks): at most `concurrency` calls served at once,
 * each taking `latencyMs`; the others wait their turn. Null: unlimited, no added latency.
 */
export const realtimeCapacitySchema = z.strictObject({
  capacity: z.nullable(
    z.strictObject({
      concurrency: z.int().check(z.minimum(1), z.maximum(1000)),
      latencyMs: z.int().check(z.minimum(0), z.maximum(60_000)),
    }),
  ),
});
export type RealtimeCapacity = z.infer<typeof realtimeCapacitySchema>['capacity'];

/** What the test controls counted since the server started or the counters were reset. */
export const testStatsSchema = z.strictObject({
  /** Calls that reached the Real-time Service (/api/rts/). */
  realtimeCalls: z.int().check(z.minimum(0)),
});
export type TestStats = z.infer<typeof testStatsSchema>;

/** Feature management and the channel schema's filter, as the console edits them. */
export const hqSettingsSchema = z.strictObject({
  features: customerFeaturesSchema,
  /** Commerce channel schema: "Filter shared customer data tables" (B4). */
  filterSharedCustomerData: z.boolean(),
});
export type HqSettings = z.infer<typeof hqSettingsSchema>;
export const hqSettingsPatchSchema = z.strictObject({
  features: z.optional(z.partial(customerFeaturesSchema)),
  filterSharedCustomerData: z.optional(z.boolean()),
});

export const affiliationsResponseSchema = z.strictObject({
  affiliations: z.array(affiliationSchema),
});

/** Admin sign-in (the console and every /api/hq call need a session). */
export const adminSignInSchema = z.strictObject({
  password: z.string().check(z.minLength(1, enterPassword), z.maxLength(200, tooLong)),
});
/**
 * Whether this browser is signed in, and whether the administrator must choose a new password
 * before anything else (signed in with the default one, which nobody has replaced yet).
 */
export const adminSessionSchema = z.strictObject({
  signedIn: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type AdminSession = z.infer<typeof adminSessionSchema>;

/** The console password a fresh install starts with (when HQ_ADMIN_PASSWORD is not set). */
export const defaultAdminPassword = 'hq-admin';
/** The shortest console password an administrator may choose. */
export const adminPasswordMinLength = 12;

/**
 * PUT apiPaths.hqPassword: the password in use and a new one. The default password is shorter
 * than the minimum, so it can never be chosen again.
 */
export const adminPasswordChangeSchema = z.strictObject({
  currentPassword: z.string().check(z.minLength(1, enterPassword), z.maxLength(200, tooLong)),
  newPassword: z
    .string()
    .check(
      z.minLength(adminPasswordMinLength, 'password-too-short' satisfies MessageCode),
      z.maxLength(200, tooLong),
    ),
});
export type AdminPasswordChange = z.infer<typeof adminPasswordChangeSchema>;
