import type { AdminPasswordConfig } from './admin-password-service.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { RegisterHealthThresholds } from './register-health.ts';
import type { ScaleUnitCaller } from './scale-units/scale-unit-calls.ts';

/** What HQ's route groups work with: its database, the clock, its scale units and jobs. */
export interface HqContext extends ScaleUnitCaller {
  jobs: JobRunner;
  /** The HQ console password from the environment, and whether it is the default. */
  adminPassword: AdminPasswordConfig;
  /** The plain-http port, for the address the default-password refusal names. */
  httpPort: number;
  registerHealth: RegisterHealthThresholds;
}
