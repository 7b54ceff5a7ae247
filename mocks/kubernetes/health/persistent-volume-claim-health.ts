import { z } from 'zod';
import { struct, text } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const claimSchema = z.object({ status: struct({ phase: text }) });

/** core/PersistentVolumeClaim: by phase, never with a message. */
export const persistentVolumeClaimHealth = typedRule(
  'failed to convert unstructured PersistentVolumeClaim to typed',
  claimSchema,
  ({ status }) => {
    switch (status.phase) {
      case 'Lost':
        return health('Degraded');
      case 'Pending':
        return health('Progressing');
      case 'Bound':
        return health('Healthy');
      default:
        return health('Unknown');
    }
  },
);
