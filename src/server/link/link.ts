import type { Affiliation, Customer, CustomerDefaults } from '../../contract/customer.ts';
import type { HqSettings } from '../../contract/hq-admin.ts';
import type { QueueHealth } from '../../contract/health.ts';
import type {
  RealtimeAddressRequest,
  RealtimeCreateRequest,
  RealtimeEditRequest,
} from '../../contract/realtime.ts';
import type { UploadResult } from '../../contract/upload.ts';

/**
 * The HQ ↔ scale-unit link (issue 12; docs/design/scale-out.md). Headquarters and scale units
 * never import each other: each implements its side of this file, and meets the other through
 * one of two implementations of the same interfaces:
 *
 *   in-process (`in-process.ts`): `npm start` and unit tests, one process, both databases;
 *   HTTP (`http-client.ts` → `http-routes.ts`): separate services, a service credential each way.
 *
 * Every method is async and may reject with `LinkUnreachableError` (the other side did not
 * answer) or with `HttpError` (it answered with a refusal, e.g. 404 or 409, carrying the same
 * status, code, message and details it would give a register).
 */

/** A register as the scale unit knows it: which store it belongs to. */
export interface LinkDevice {
  storeId: string;
  registerId: string;
}

/** An async record as the scale unit stored it, with its replication counter (P-job's cursor). */
export interface ChannelRecord {
  replicationCounter: number;
  guid: string;
  kind: string;
  /** The record's canonical JSON as uploaded (an `AsyncRecord`). */
  payload: string;
  storeId: string;
  registerId: string;
  receivedAt: string;
}

/** A customer as 1010 delivers it, with the register it was created on (null when unknown). */
export interface DistributedCustomer {
  customer: Customer;
  originRegisterId: string | null;
}

/** One store's part of the channel configuration. */
export interface ChannelStore {
  id: string;
  name: string;
  asyncCustomerMode: boolean;
  /** Null when its default customer is missing at HQ (its registers cannot be served). */
  defaults: CustomerDefaults | null;
  registers: { id: string; number: string; retiredAt: string | null }[];
}

/**
 * What a scale unit needs of HQ's configuration to serve its registers while HQ is away:
 * settings, affiliations and stores (HQ sends every store; a scale unit keeps those it serves).
 * `version` changes whenever anything in it does.
 */
export interface ChannelConfig {
  version: string;
  settings: HqSettings;
  affiliations: Affiliation[];
  stores: ChannelStore[];
}

/** What a scale unit says of itself (the HQ console's Scale units list). */
export interface ScaleUnitInfo {
  id: string;
  /** The stores it serves (its settings). */
  storeIds: string[];
  /** Registers with a live event stream now. */
  connectedRegisters: number;
}

/** What a scale unit last heard from one register, and when it was activated (X3). */
export interface RegisterActivity {
  registerId: string;
  storeId: string;
  lastSeenAt: string | null;
  queue: QueueHealth | null;
  activatedAt: string | null;
}

/** A one-time activation code, returned once (only its hash is kept). */
export interface IssuedActivationCode {
  code: string;
  expiresAt: string;
}

/** What HQ asks of a scale unit. */
export interface ScaleUnitLink {
  describe(): Promise<ScaleUnitInfo>;
  /** P-job: the stored async records with a replication counter above `after`, in order. */
  pullRecords(after: number, limit: number): Promise<ChannelRecord[]>;
  /** 1010: an idempotent upsert by account number; registers that may see them are poked. */
  pushCustomers(customers: DistributedCustomer[]): Promise<void>;
  /** Settings, affiliations and stores; registers of changed stores are poked. */
  pushConfig(config: ChannelConfig): Promise<void>;
  /** Issues a register's activation code (replacing its unused one). */
  issueActivationCode(device: LinkDevice): Promise<IssuedActivationCode>;
  /** Revokes a register's device tokens; `revoked` is false when it had none. */
  revokeRegister(registerId: string): Promise<{ revoked: boolean }>;
  /** Revokes a retired register's tokens and discards its unused activation codes. */
  retireRegister(registerId: string): Promise<void>;
  /** Every register the scale unit has activated or heard from. */
  registerActivity(): Promise<RegisterActivity[]>;
  /**
   * HQ's rescue import: records from a register's export file, as if it had uploaded them; each
   * is validated at the scale unit, as an upload's are.
   */
  importRecords(device: LinkDevice, records: readonly RescuedRecord[]): Promise<UploadResult[]>;
  /** Ends what the link holds open (the HTTP client's connections); absent in-process. */
  close?(): Promise<void>;
}

/** A record read from a rescue file: anything with a GUID (validated where it is taken in). */
export type RescuedRecord = { guid: string } & Record<string, unknown>;

/** A created customer, and whether this call created it (false: a retry of the same GUID). */
export interface RealtimeCreation {
  customer: Customer;
  created: boolean;
}

/** What a scale unit asks of HQ: the Real-time Service, and the configuration. */
export interface HqLink {
  channelConfig(): Promise<ChannelConfig>;
  createCustomer(device: LinkDevice, request: RealtimeCreateRequest): Promise<RealtimeCreation>;
  searchCustomers(device: LinkDevice, q: string): Promise<Customer[]>;
  editCustomer(
    device: LinkDevice,
    account: string,
    request: RealtimeEditRequest,
  ): Promise<Customer>;
  addAddress(
    device: LinkDevice,
    account: string,
    request: RealtimeAddressRequest,
  ): Promise<Customer>;
  issueLoyaltyCard(
    device: LinkDevice,
    account: string,
  ): Promise<{ card: Customer['loyaltyCards'][number]; customer: Customer }>;
  /** Ends what the link holds open (the HTTP client's connections); absent in-process. */
  close?(): Promise<void>;
}

/** The other side did not answer (refused, reset, timed out, or 5xx from a proxy). */
export class LinkUnreachableError extends Error {
  constructor(
    readonly service: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${service} was not reached: ${reason}`, options);
    this.name = 'LinkUnreachableError';
  }
}

/**
 * A synchronous implementation's answer as a promise, with a throw as a rejection: how the
 * services implement the link's async methods over their synchronous databases.
 */
export function promised<T>(produce: () => T): Promise<T> {
  return new Promise((resolve) => resolve(produce()));
}
