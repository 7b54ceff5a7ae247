import { z } from 'zod';
import { flag, listOf, optionalText, pointer, struct } from './field-schemas';
import { typedRule } from './health-rule';
import { health } from './health-status';

const cronJobSchema = z.object({
  spec: struct({ suspend: flag }),
  // Whether a status was written at all matters: before the first one, the CronJob is waiting.
  status: pointer({
    active: listOf(struct({})),
    lastScheduleTime: optionalText,
    lastSuccessfulTime: optionalText,
  }),
});

/** Timestamps as the API writes them (RFC 3339); text order when one cannot be parsed. */
function isBefore(earlier: string, later: string): boolean {
  const a = Date.parse(earlier);
  const b = Date.parse(later);
  return Number.isNaN(a) || Number.isNaN(b) ? earlier < later : a < b;
}

/**
 * batch/CronJob, which gitops-engine has no rule for: after one version of Argo CD's
 * `resource_customizations/batch/CronJob/health.lua`, messages included (later versions word
 * them differently).
 */
export const cronJobHealth = typedRule(
  'failed to convert unstructured CronJob to typed',
  cronJobSchema,
  ({ spec, status }) => {
    if (spec.suspend) return health('Suspended', 'CronJob is Suspended');
    if (status === null) return health('Progressing', 'Waiting for CronJob');
    const active = status.active.length;
    if (active > 0) return health('Progressing', `Waiting for ${active} Jobs to complete`);
    const lastSchedule = status.lastScheduleTime;
    if (lastSchedule === null) return health('Healthy');
    const lastSuccess = status.lastSuccessfulTime;
    if (lastSuccess === null || isBefore(lastSuccess, lastSchedule)) {
      return health('Degraded', 'CronJob has not completed its last execution successfully');
    }
    return health('Healthy', 'CronJob has completed its last execution successfully');
  },
);
