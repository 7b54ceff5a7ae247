import { z } from 'zod';
import { condition, listOf, struct } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const jobSchema = z.object({ status: struct({ conditions: listOf(condition) }) });

/**
 * batch/Job: from its conditions, read in order. Any Failed, Complete or Suspended condition
 * ends the wait, whatever its status; only a Suspended one that is True makes the Job
 * Suspended, and a resumed Job (Suspended False) counts as finished, as in gitops-engine.
 */
export const jobHealth = typedRule(
  'failed to convert unstructured Job to typed',
  jobSchema,
  ({ status }) => {
    let failed = false;
    let complete = false;
    let suspended = false;
    let failMessage = '';
    let message = '';
    for (const { type, status: conditionStatus, message: text } of status.conditions) {
      switch (type) {
        case 'Failed':
          failed = true;
          complete = true;
          failMessage = text;
          break;
        case 'Complete':
          complete = true;
          message = text;
          break;
        case 'Suspended':
          complete = true;
          message = text;
          if (conditionStatus === 'True') suspended = true;
          break;
      }
    }
    // Running: no condition has a message to give yet.
    if (!complete) return health('Progressing');
    if (failed) return health('Degraded', failMessage);
    // gitops-engine gives a suspended Job the failure message, which is empty here.
    if (suspended) return health('Suspended');
    return health('Healthy', message);
  },
);
