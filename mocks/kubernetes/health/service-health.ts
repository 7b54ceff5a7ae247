import { z } from 'zod';
import { listOf, struct, text } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const serviceSchema = z.object({
  spec: struct({ type: text }),
  status: struct({
    loadBalancer: struct({ ingress: listOf(struct({ ip: text, hostname: text })) }),
  }),
});

/** core/Service: Healthy, except a LoadBalancer waiting for its address is Progressing. */
export const serviceHealth = typedRule(
  'failed to convert unstructured Service to typed',
  serviceSchema,
  ({ spec, status }) => {
    if (spec.type !== 'LoadBalancer') return health('Healthy');
    return health(status.loadBalancer.ingress.length > 0 ? 'Healthy' : 'Progressing');
  },
);
