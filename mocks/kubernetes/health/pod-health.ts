import { z } from 'zod';
import {
  condition,
  conditionOf,
  count,
  listOf,
  objectMeta,
  optionalText,
  pointer,
  struct,
  text,
} from './field-schemas';
import { typedRule } from './health-rule';
import { health, type ObjectHealth } from './health-status';

/** Argo CD's opt-in to judge a Never/OnFailure pod like a long-running one. */
const ignoreRestartPolicyAnnotation = 'argocd.argoproj.io/ignore-restart-policy';

const terminatedState = pointer({ exitCode: count, reason: text, message: text });

const containerStatus = struct({
  name: text,
  state: struct({ waiting: pointer({ reason: text, message: text }), terminated: terminatedState }),
  lastState: struct({ terminated: terminatedState }),
});

type ContainerStatus = z.output<typeof containerStatus>;

const podSchema = z.object({
  metadata: objectMeta,
  spec: struct({ restartPolicy: optionalText }),
  status: struct({
    phase: text,
    message: text,
    conditions: listOf(condition),
    initContainerStatuses: listOf(containerStatus),
    containerStatuses: listOf(containerStatus),
  }),
});

type PodFields = z.output<typeof podSchema>;

/** A waiting reason that will not fix itself: ErrImagePull, CrashLoopBackOff, ImagePullBackOff... */
function isFailedWaitingReason(reason: string): boolean {
  return reason.startsWith('Err') || reason.endsWith('Error') || reason.endsWith('BackOff');
}

function containerFailMessage(container: ContainerStatus): string {
  const terminated = container.state.terminated;
  if (terminated === null) return '';
  if (terminated.message) return terminated.message;
  if (terminated.reason === 'OOMKilled') return terminated.reason;
  if (terminated.exitCode !== 0) {
    return `container ${JSON.stringify(container.name)} failed with exit code ${terminated.exitCode}`;
  }
  return '';
}

/** A pod meant to keep running: Healthy when Ready, Degraded when it crashed before. */
function longRunningPodHealth({ status }: PodFields): ObjectHealth {
  if (conditionOf(status.conditions, 'Ready')?.status === 'True') {
    return health('Healthy', status.message);
  }
  const crashed = status.containerStatuses.some((c) => c.lastState.terminated !== null);
  return health(crashed ? 'Degraded' : 'Progressing', status.message);
}

/**
 * core/Pod: by phase, with stuck containers Degraded first. A live Pod always has a restart
 * policy (the API server defaults it to Always), so an absent one reads as Always.
 */
export const podHealth = typedRule(
  'failed to convert unstructured Pod to typed',
  podSchema,
  (pod) => {
    const { metadata, spec, status } = pod;
    const restartPolicy = spec.restartPolicy ?? 'Always';

    // Only for Always: a hook pod (Never/OnFailure) that cannot pull its image yet may still
    // recover, and failing it early would fail the sync it belongs to.
    if (restartPolicy === 'Always') {
      const stuck = status.containerStatuses.flatMap(({ state }) =>
        state.waiting !== null && isFailedWaitingReason(state.waiting.reason)
          ? [state.waiting]
          : [],
      );
      if (stuck.length > 0) {
        return health('Degraded', stuck.map((waiting) => waiting.message).join(', '));
      }
    }

    switch (status.phase) {
      case 'Pending':
        return health('Progressing', status.message);
      case 'Succeeded':
        return health('Healthy', status.message);
      case 'Failed': {
        if (status.message) return health('Degraded', status.message);
        const containers = [...status.initContainerStatuses, ...status.containerStatuses];
        return health('Degraded', containers.map(containerFailMessage).find(Boolean));
      }
      case 'Running': {
        if (Object.hasOwn(metadata.annotations, ignoreRestartPolicyAnnotation)) {
          return longRunningPodHealth(pod);
        }
        if (restartPolicy === 'Always') return longRunningPodHealth(pod);
        // Pods with a finite life are typically hooks: Progressing until they succeed.
        if (restartPolicy === 'OnFailure' || restartPolicy === 'Never') {
          return health('Progressing', status.message);
        }
      }
    }
    return health('Unknown', status.message);
  },
);
