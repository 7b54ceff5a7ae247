import { z } from 'zod';
import {
  condition,
  conditionOf,
  count,
  flag,
  listOf,
  objectMeta,
  optionalCount,
  struct,
} from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const deploymentSchema = z.object({
  metadata: objectMeta,
  spec: struct({ paused: flag, replicas: optionalCount }),
  status: struct({
    observedGeneration: count,
    replicas: count,
    updatedReplicas: count,
    availableReplicas: count,
    conditions: listOf(condition),
  }),
});

/** apps/Deployment: kubectl's rollout status, with a paused Deployment Suspended. */
export const deploymentHealth = typedRule(
  'failed to convert unstructured Deployment to typed',
  deploymentSchema,
  ({ metadata, spec, status }) => {
    if (spec.paused) return health('Suspended', 'Deployment is paused');
    if (metadata.generation > status.observedGeneration) {
      return health(
        'Progressing',
        'Waiting for rollout to finish: observed deployment generation less than desired generation',
      );
    }
    if (conditionOf(status.conditions, 'Progressing')?.reason === 'ProgressDeadlineExceeded') {
      return health(
        'Degraded',
        `Deployment ${JSON.stringify(metadata.name)} exceeded its progress deadline`,
      );
    }
    if (spec.replicas !== null && status.updatedReplicas < spec.replicas) {
      return health(
        'Progressing',
        `Waiting for rollout to finish: ${status.updatedReplicas} out of ${spec.replicas} new replicas have been updated...`,
      );
    }
    if (status.replicas > status.updatedReplicas) {
      return health(
        'Progressing',
        `Waiting for rollout to finish: ${status.replicas - status.updatedReplicas} old replicas are pending termination...`,
      );
    }
    if (status.availableReplicas < status.updatedReplicas) {
      return health(
        'Progressing',
        `Waiting for rollout to finish: ${status.availableReplicas} of ${status.updatedReplicas} updated replicas are available...`,
      );
    }
    return health('Healthy');
  },
);
