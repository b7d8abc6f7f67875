import type { z } from '../zod.ts';
import {
  addressSchema,
  affiliationSchema,
  customerDefaultsSchema,
  customerDraftSchema,
  customerSchema,
  loyaltyCardSchema,
} from '../customer.ts';
import { duplicateFlagSchema } from '../duplicates.ts';
import { errorBodySchema } from '../errors.ts';
import { queueHealthSchema, registerHealthSchema } from '../health.ts';
import {
  asyncOperationSchema,
  hqRegisterSchema,
  hqSettingsSchema,
  hqStoreSchema,
  jobRunSchema,
  jobSchema,
  jobScheduleSchema,
} from '../hq-admin.ts';
import { customerFeaturesSchema, registerConfigSchema } from '../register.ts';
import { scaleUnitSummarySchema } from '../scale-units.ts';
import { asyncRecordSchema, customerRefSchema, uploadResultSchema } from '../upload.ts';

/**
 * The schemas an OpenAPI document names (`#/components/schemas/<name>`) instead of repeating
 * them where they occur: the error body every 4xx/5xx carries, and the domain's nouns.
 */
export const apiComponents: Readonly<Record<string, z.core.$ZodType>> = {
  ErrorBody: errorBodySchema,
  Customer: customerSchema,
  CustomerDraft: customerDraftSchema,
  Address: addressSchema,
  CustomerDefaults: customerDefaultsSchema,
  Affiliation: affiliationSchema,
  LoyaltyCard: loyaltyCardSchema,
  CustomerRef: customerRefSchema,
  AsyncRecord: asyncRecordSchema,
  UploadResult: uploadResultSchema,
  QueueHealth: queueHealthSchema,
  RegisterHealth: registerHealthSchema,
  RegisterConfig: registerConfigSchema,
  CustomerFeatures: customerFeaturesSchema,
  HqStore: hqStoreSchema,
  HqRegister: hqRegisterSchema,
  HqSettings: hqSettingsSchema,
  Job: jobSchema,
  JobRun: jobRunSchema,
  JobSchedule: jobScheduleSchema,
  AsyncOperation: asyncOperationSchema,
  DuplicateFlag: duplicateFlagSchema,
  ScaleUnitSummary: scaleUnitSummarySchema,
};
