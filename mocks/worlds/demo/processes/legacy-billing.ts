/** legacy-billing: an IIS application on Windows VMs. Script steps only: nothing in Kubernetes. */
import { scriptStep } from './helpers';
import type { StepDefinition } from '../../process-step';

export const legacyBillingProcess: readonly StepDefinition[] = [
  scriptStep('legacy-billing-stop-app-pool', 'Stop IIS app pool', 300),
  scriptStep('legacy-billing-deploy-package', 'Deploy billing package', 900),
  scriptStep('legacy-billing-migrate-database', 'Run database migrations', 1800),
  scriptStep('legacy-billing-start-app-pool', 'Start IIS app pool', 300),
];
