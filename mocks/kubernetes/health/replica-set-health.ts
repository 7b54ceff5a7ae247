import { z } from 'zod';
import {
  condition,
  conditionOf,
  count,
  listOf,
  objectMeta,
  optionalCount,
  struct,
} from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const replicaSetSchema = z.object({
  metadata: objectMeta,
  spec: struct({ replicas: optionalCount }),
  status: struct({
    observedGeneration: count,
    availableReplicas: count,
    conditions: listOf(condition),
  }),
});

/** apps/ReplicaSet: Degraded on a true ReplicaFailure, Progressing until replicas are available. */
export const replicaSetHealth = typedRule(
  'failed to convert unstructured ReplicaSet to typed',
  replicaSetSchema,
  ({ metadata, spec, status }) => {
    if (metadata.generation > status.observedGeneration) {
      return health(
        'Progressing',
        'Waiting for rollout to finish: observed replica set generation less than desired generation',
      );
    }
    const failure = conditionOf(status.conditions, 'ReplicaFailure');
    if (failure?.status === 'True') return health('Degraded', failure.message);
    if (spec.replicas !== null && status.availableReplicas < spec.replicas) {
      return health(
        'Progressing',
        `Waiting for rollout to finish: ${status.availableReplicas} out of ${spec.replicas} new replicas are available...`,
      );
    }
    return health('Healthy');
  },
);
