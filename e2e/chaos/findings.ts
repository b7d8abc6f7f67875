import type { Customer } from '../../src/contract/customer.ts';
import type { AsyncOperation } from '../../src/contract/hq-admin.ts';
import { asyncOperationStatuses } from '../../src/contract/hq-admin.ts';
import { englishText, readMessage } from '../../src/contract/messages.ts';
import type { HqAdminClient } from './hq-admin-client.ts';
import type { RegisterState } from './register-session.ts';

/** HQ's page size for async operations: a full page means the check could miss some. */
const operationsPageSize = 500;

/** What HQ holds for the run: customers by the unique last names, and the run's operations. */
export interface HqView {
  customersByName: Map<string, Customer[]>;
  operations: AsyncOperation[];
}

/** Reads HQ through its admin API: each created name searched, operations by store and status. */
export async function readHq(
  hq: HqAdminClient,
  names: readonly string[],
  storeIds: readonly string[],
  isOurs: (operation: AsyncOperation) => boolean,
): Promise<HqView> {
  const customersByName = new Map<string, Customer[]>();
  for (const name of names) customersByName.set(name, await hq.customersNamed(name));
  const operations: AsyncOperation[] = [];
  for (const storeId of storeIds) {
    for (const status of asyncOperationStatuses) {
      const page = await hq.operations({ storeId, status });
      if (page.length >= operationsPageSize) {
        throw new Error(`HQ lists ${page.length} ${status} operations of ${storeId}: page full.`);
      }
      operations.push(...page.filter(isOurs));
    }
  }
  return { customersByName, operations };
}

/** One register as the test saw it at the end. */
export interface RegisterView {
  label: string;
  created: readonly string[];
  state: RegisterState;
}

/** Everything that would break "exactly once"; each list must end empty. */
export interface Findings {
  /** Created on a register, not at HQ. */
  lost: string[];
  /** At HQ more than once (one entry per extra copy). */
  duplicatedAtHq: string[];
  /** A register shows no account number for a customer it created (or shows it twice). */
  unnumberedOnRegister: string[];
  /** The register's account number is not HQ's. */
  accountMismatch: string[];
  /** Outbox entries that need attention (rejected) or never finished. */
  unfinishedOutbox: string[];
  /** HQ operations failed or still pending. */
  unfinishedOperations: string[];
  /** A GUID in HQ's async operations more than once. */
  repeatedGuids: string[];
  /** A record a register queued that HQ has no operation for. */
  missingOperations: string[];
}

const accountNumberPattern = /^C\d{6,}$/;

/** Compares what the registers created and hold with what HQ holds. */
export function findProblems(registers: readonly RegisterView[], hq: HqView): Findings {
  const findings: Findings = {
    lost: [],
    duplicatedAtHq: [],
    unnumberedOnRegister: [],
    accountMismatch: [],
    unfinishedOutbox: [],
    unfinishedOperations: [],
    repeatedGuids: [],
    missingOperations: [],
  };
  for (const { label, created, state } of registers) {
    for (const name of created) {
      const atHq = hq.customersByName.get(name) ?? [];
      if (atHq.length === 0) findings.lost.push(`${label} ${name}`);
      for (const extra of atHq.slice(1)) {
        findings.duplicatedAtHq.push(`${label} ${name} ${extra.accountNumber}`);
      }
      const local = state.customers.filter((customer) => customer.lastName === name);
      const account = local[0]?.accountNumber;
      if (local.length !== 1 || !account || !accountNumberPattern.test(account)) {
        findings.unnumberedOnRegister.push(`${label} ${name} (${local.length} local)`);
      } else if (atHq.length === 1 && atHq[0]?.accountNumber !== account) {
        findings.accountMismatch.push(`${label} ${name} ${account} ≠ ${atHq[0]?.accountNumber}`);
      }
    }
    for (const entry of state.outbox) {
      if (entry.state !== 'synced') {
        findings.unfinishedOutbox.push(
          `${label} ${entry.recordId} ${entry.state}${entry.lastError ? `: ${englishText(readMessage(entry.lastError))}` : ''}`,
        );
      }
    }
  }
  const guidCounts = new Map<string, number>();
  for (const operation of hq.operations) {
    guidCounts.set(operation.guid, (guidCounts.get(operation.guid) ?? 0) + 1);
    if (operation.status !== 'completed') {
      findings.unfinishedOperations.push(
        `${operation.guid} ${operation.name} ${operation.status}: ${operation.lastError ? englishText(readMessage(operation.lastError)) : ''}`,
      );
    }
  }
  for (const [guid, count] of guidCounts) {
    if (count > 1) findings.repeatedGuids.push(`${guid} ×${count}`);
  }
  for (const { label, state } of registers) {
    for (const entry of state.outbox) {
      if (!guidCounts.has(entry.recordId)) {
        findings.missingOperations.push(`${label} ${entry.recordId}`);
      }
    }
  }
  return findings;
}
