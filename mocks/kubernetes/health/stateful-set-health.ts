import { z } from 'zod';
import { count, objectMeta, optionalCount, pointer, struct, text } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const statefulSetSchema = z.object({
  metadata: objectMeta,
  spec: struct({
    replicas: optionalCount,
    updateStrategy: struct({ type: text, rollingUpdate: pointer({ partition: optionalCount }) }),
  }),
  status: struct({
    observedGeneration: count,
    readyReplicas: count,
    updatedReplicas: count,
    currentReplicas: count,
    updateRevision: text,
    currentRevision: text,
  }),
});

/** apps/StatefulSet: kubectl's rollout status, partitions and OnDelete included. */
export const statefulSetHealth = typedRule(
  'failed to convert unstructured StatefulSet to typed',
  statefulSetSchema,
  ({ metadata, spec, status }) => {
    if (status.observedGeneration === 0 || metadata.generation > status.observedGeneration) {
      return health('Progressing', 'Waiting for statefulset spec update to be observed...');
    }
    if (spec.replicas !== null && status.readyReplicas < spec.replicas) {
      return health(
        'Progressing',
        `Waiting for ${spec.replicas - status.readyReplicas} pods to be ready...`,
      );
    }
    const strategy = spec.updateStrategy;
    if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate !== null) {
      const partition = strategy.rollingUpdate.partition;
      if (spec.replicas !== null && partition !== null) {
        const expected = spec.replicas - partition;
        if (status.updatedReplicas < expected) {
          return health(
            'Progressing',
            `Waiting for partitioned roll out to finish: ${status.updatedReplicas} out of ${expected} new pods have been updated...`,
          );
        }
      }
      return health(
        'Healthy',
        `partitioned roll out complete: ${status.updatedReplicas} new pods have been updated...`,
      );
    }
    if (strategy.type === 'OnDelete') {
      return health('Healthy', `statefulset has ${status.readyReplicas} ready pods`);
    }
    if (status.updateRevision !== status.currentRevision) {
      return health(
        'Progressing',
        `waiting for statefulset rolling update to complete ${status.updatedReplicas} pods at revision ${status.updateRevision}...`,
      );
    }
    return health(
      'Healthy',
      `statefulset rolling update complete ${status.currentReplicas} pods at revision ${status.currentRevision}...`,
    );
  },
);
