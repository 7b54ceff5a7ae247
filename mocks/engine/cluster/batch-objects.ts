import type { KubeObject, KubeObjectOf } from '../../kubernetes/types';
import { nameSuffix, uidFor } from '../random';
import type { TimeProbe } from '../time-probe';
import { jobRunDuration, seconds } from '../timeline';
import { ownsNothing, type AppliedObject, type BuiltObject } from './applied-object';
import { ownerReference, withServerMetadata, type Timestamps } from './object-meta';
import { buildPod } from './pods';

/** The conditions a finished Job carries, as the Job controller writes them. */
function jobConditions(failed: boolean, at: string) {
  const [reason, message, types] = failed
    ? [
        'BackoffLimitExceeded',
        'Job has reached the specified backoff limit',
        ['FailureTarget', 'Failed'],
      ]
    : [
        'CompletionsReached',
        'Reached expected number of succeeded pods',
        ['SuccessCriteriaMet', 'Complete'],
      ];
  return types.map((type) => ({
    type,
    status: 'True',
    reason,
    message,
    lastProbeTime: at,
    lastTransitionTime: at,
  }));
}

/** A Job's status while its Pod runs, and once it has finished (succeeded or failed). */
function jobStatus(object: AppliedObject, done: boolean, completesAt: number, iso: Timestamps) {
  const { appliedAt, jobFails } = object;
  const counts = { ready: 0, terminating: 0, uncountedTerminatedPods: {} };
  if (!done) return { startTime: iso(appliedAt), active: 1, ...counts };
  return {
    startTime: iso(appliedAt),
    ...(jobFails ? { failed: 1 } : { completionTime: iso(completesAt), succeeded: 1 }),
    ...counts,
    conditions: jobConditions(jobFails, iso(completesAt)),
  };
}

/**
 * A Job and its one Pod, which runs to completion (or exits non-zero when the deployment's smoke
 * test fails). Each apply makes a new Job: its uid and Pod name carry the apply's time.
 */
export function buildJob(
  object: AppliedObject<KubeObjectOf<'Job'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, identity, seed, appliedAt } = object;
  const name = desired.metadata.name;
  const podCreatedAt = appliedAt + seconds(1);
  const completesAt = appliedAt + jobRunDuration;
  const podName = `${name}-${nameSuffix(5, identity, name, String(appliedAt))}`;
  const jobUid = uidFor(seed, identity, 'Job', name, String(appliedAt));
  const job: KubeObject = { ...desired };
  const pod = buildPod(
    {
      name: podName,
      namespace: desired.metadata.namespace ?? 'default',
      uid: uidFor(seed, identity, 'Pod', podName),
      owner: ownerReference(job, jobUid),
      template: desired.spec?.template ?? {},
      extraLabels: { 'batch.kubernetes.io/job-name': name, 'job-name': name },
      createdAt: podCreatedAt,
      readyAt: null,
      behaviour: { kind: 'healthy' },
      completesAt,
      exitCode: object.jobFails ? 1 : 0,
      nodeName: object.nodeNames[0] ?? 'node-1',
    },
    probe,
    iso,
  );
  const done = probe.reached(completesAt);
  const live = withServerMetadata(
    {
      ...desired,
      spec: { completions: 1, parallelism: 1, suspend: false, ...desired.spec },
      status: jobStatus(object, done, completesAt, iso),
    },
    { uid: jobUid, createdAt: appliedAt, changedAt: done ? completesAt : appliedAt, generation: 1 },
    iso,
  );
  return { live, uid: jobUid, changedAt: done ? completesAt : podCreatedAt, children: [pod] };
}

/**
 * A CronJob, last scheduled six hours before the story starts (or, suspended, two hours after it
 * was first applied), its last run successful 94 s later. Its Jobs are not simulated.
 */
export function buildCronJob(
  object: AppliedObject<KubeObjectOf<'CronJob'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, firstAppliedAt } = object;
  const suspended = desired.spec?.suspend === true;
  const lastSchedule = suspended ? firstAppliedAt + seconds(3600 * 2) : -seconds(3600 * 6);
  const lastScheduleAt = Math.max(lastSchedule, firstAppliedAt);
  const live = {
    ...desired,
    spec: {
      concurrencyPolicy: 'Allow',
      failedJobsHistoryLimit: 1,
      successfulJobsHistoryLimit: 3,
      suspend: false,
      ...desired.spec,
    },
    status: probe.reached(lastScheduleAt)
      ? {
          lastScheduleTime: iso(lastScheduleAt),
          lastSuccessfulTime: iso(lastScheduleAt + seconds(94)),
        }
      : {},
  };
  return ownsNothing(object, live, object.appliedAt, iso, 1);
}
