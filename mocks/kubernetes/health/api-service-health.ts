import { z } from 'zod';
import { condition, conditionOf, listOf, struct } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const apiServiceSchema = z.object({ status: struct({ conditions: listOf(condition) }) });

/**
 * apiregistration.k8s.io/APIService: its Available condition, "reason: message". Healthy when
 * True, Progressing otherwise, and Progressing while the aggregator has not written one yet.
 */
export const apiServiceHealth = typedRule(
  'failed to convert unstructured APIService to typed',
  apiServiceSchema,
  ({ status }) => {
    const available = conditionOf(status.conditions, 'Available');
    if (available === null) return health('Progressing', 'Waiting to be processed');
    const message = `${available.reason}: ${available.message}`;
    return health(available.status === 'True' ? 'Healthy' : 'Progressing', message);
  },
);
