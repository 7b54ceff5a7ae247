import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { isKind, type KubeObject } from './types';

/**
 * Node labels the API server warns about, with its words (pkg/api/node/util.go): the Nodes still
 * carry them, so a selector on one still schedules, but each apply draws a warning.
 */
const deprecatedNodeLabels: Readonly<Record<string, string>> = {
  'beta.kubernetes.io/arch': 'deprecated since v1.14; use "kubernetes.io/arch" instead',
  'beta.kubernetes.io/os': 'deprecated since v1.14; use "kubernetes.io/os" instead',
  'failure-domain.beta.kubernetes.io/region':
    'deprecated since v1.17; use "topology.kubernetes.io/region" instead',
  'failure-domain.beta.kubernetes.io/zone':
    'deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
  'beta.kubernetes.io/instance-type':
    'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
};

/** An object's Pod template and its field path, or the Pod's own spec; null for other kinds. */
function podTemplateOf(object: KubeObject): { path: string; template: PodTemplateSpec } | null {
  if (isKind(object, 'Pod')) return { path: '', template: object };
  if (
    isKind(object, 'Deployment') ||
    isKind(object, 'StatefulSet') ||
    isKind(object, 'DaemonSet') ||
    isKind(object, 'ReplicaSet') ||
    isKind(object, 'Job')
  ) {
    const template = object.spec?.template;
    return template ? { path: 'spec.template.', template } : null;
  }
  if (isKind(object, 'CronJob')) {
    const template = object.spec?.jobTemplate.spec?.template;
    return template ? { path: 'spec.jobTemplate.spec.template.', template } : null;
  }
  return null;
}

/**
 * The warnings the API server sends back when `object` is applied, as kubectl prints them after
 * "Warning: ". Of the server's many, the one the demo meets: a Pod (or Pod template) selecting
 * nodes by a deprecated label (pkg/api/pod/warnings.go).
 */
export function applyWarnings(object: KubeObject): string[] {
  const pod = podTemplateOf(object);
  const nodeSelector = pod?.template.spec?.nodeSelector ?? {};
  return Object.keys(nodeSelector).flatMap((label) => {
    const message = deprecatedNodeLabels[label];
    return message === undefined
      ? []
      : [`${pod?.path ?? ''}spec.nodeSelector[${label}]: ${message}`];
  });
}
