import { z } from 'zod';
import { count, objectMeta, struct, text } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const daemonSetSchema = z.object({
  metadata: objectMeta,
  spec: struct({ updateStrategy: struct({ type: text }) }),
  status: struct({
    observedGeneration: count,
    desiredNumberScheduled: count,
    updatedNumberScheduled: count,
    numberAvailable: count,
  }),
});

/** apps/DaemonSet: kubectl's rollout status; under OnDelete, Healthy with the update count. */
export const daemonSetHealth = typedRule(
  'failed to convert unstructured DaemonSet to typed',
  daemonSetSchema,
  ({ metadata, spec, status }) => {
    const desired = status.desiredNumberScheduled;
    const updated = status.updatedNumberScheduled;
    if (metadata.generation > status.observedGeneration) {
      return health(
        'Progressing',
        'Waiting for rollout to finish: observed daemon set generation less than desired generation',
      );
    }
    if (spec.updateStrategy.type === 'OnDelete') {
      return health(
        'Healthy',
        `daemon set ${updated} out of ${desired} new pods have been updated`,
      );
    }
    const name = JSON.stringify(metadata.name);
    if (updated < desired) {
      return health(
        'Progressing',
        `Waiting for daemon set ${name} rollout to finish: ${updated} out of ${desired} new pods have been updated...`,
      );
    }
    if (status.numberAvailable < desired) {
      return health(
        'Progressing',
        `Waiting for daemon set ${name} rollout to finish: ${status.numberAvailable} of ${desired} updated pods are available...`,
      );
    }
    return health('Healthy');
  },
);
