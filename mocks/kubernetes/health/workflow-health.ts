import { z } from 'zod';
import { struct, text } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

/** gitops-engine reads only the phase and message, whatever the Workflow's API version. */
const workflowSchema = z.object({ status: struct({ phase: text, message: text }) });

/** argoproj.io/Workflow (Argo Workflows): by phase, with the workflow's own message. */
export const workflowHealth = typedRule(
  'failed to convert unstructured to argoworkflow',
  workflowSchema,
  ({ status }) => {
    switch (status.phase) {
      case '':
      case 'Pending':
      case 'Running':
        return health('Progressing', status.message);
      case 'Succeeded':
        return health('Healthy', status.message);
      case 'Failed':
      case 'Error':
        return health('Degraded', status.message);
      default:
        return health('Unknown', status.message);
    }
  },
);
