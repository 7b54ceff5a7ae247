import { stringify } from 'yaml';
import type { KubeObject } from '../../kubernetes/types';
import type { ManifestContext, ProcessStep } from '../process-step';

/** Generated manifests for the large world: small, valid objects, built without YAML parsing. */

function labels(app: string, context: ManifestContext) {
  return { app, 'app.kubernetes.io/name': app, 'app.kubernetes.io/version': context.version };
}

/** A Deployment; `revisionHistoryLimit` (the cluster's default when absent) caps its old ReplicaSets. */
export function deploymentObject(
  name: string,
  replicas: number,
  context: ManifestContext,
  revisionHistoryLimit?: number,
): KubeObject {
  const podLabels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: context.namespace, labels: labels(name, context) },
    spec: {
      replicas,
      ...(revisionHistoryLimit === undefined ? {} : { revisionHistoryLimit }),
      selector: { matchLabels: podLabels },
      template: {
        metadata: { labels: { ...podLabels, 'app.kubernetes.io/version': context.version } },
        spec: {
          containers: [
            {
              name,
              image: `registry.example.com/${name}:${context.version}`,
              ports: [{ name: 'http', containerPort: 8080 }],
              resources: {
                requests: { cpu: '50m', memory: '64Mi' },
                limits: { cpu: '250m', memory: '256Mi' },
              },
              readinessProbe: { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 5 },
            },
          ],
        },
      },
    },
  };
}

export function serviceObject(name: string, context: ManifestContext): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: context.namespace, labels: labels(name, context) },
    spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
  };
}

export function configMapObject(
  name: string,
  data: Record<string, string>,
  context: ManifestContext,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: context.namespace, labels: labels(name, context) },
    data,
  };
}

/** A generated step: objects for the simulation, YAML for anyone who asks. */
export function generatedStep(
  actionId: string,
  name: string,
  objects: (context: ManifestContext) => KubeObject[],
  options: { stabilizationSeconds?: number; timeoutSeconds?: number } = {},
): ProcessStep {
  return {
    actionId,
    name,
    type: 'KubernetesYaml',
    verifiesObjects: true,
    timeoutSeconds: options.timeoutSeconds ?? 600,
    stabilizationSeconds: options.stabilizationSeconds ?? 10,
    objects,
    manifests: (context) =>
      objects(context)
        .map((object) => stringify(object))
        .join('---\n'),
  };
}

/** A routing table 20,000 lines long (times `scale`): the large world's huge manifest. */
export function hugeRoutesConfig(context: ManifestContext, scale = 1): KubeObject {
  const lines: string[] = [];
  const count = Math.max(1, Math.round(19_980 * scale));
  for (let index = 0; index < count; index++) {
    const tenant = `tenant-${String(index % 997).padStart(3, '0')}`;
    lines.push(
      `route ${String(index).padStart(5, '0')} host=${tenant}.edge.example.com path=/api/v${String((index % 3) + 1)}/${String(index)} upstream=http://backend-${String(index % 50)}:8080 timeout=${String(5 + (index % 25))}s`,
    );
  }
  return configMapObject('edge-routes', { 'routes.conf': `${lines.join('\n')}\n` }, context);
}
