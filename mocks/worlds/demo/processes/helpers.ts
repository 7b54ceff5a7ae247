/**
 * Building blocks for the demo manifests: the YAML is written by hand, as in the public demos,
 * and these helpers only keep the repeated parts (metadata, labels, securityContext) identical.
 */
import type { ManifestContext, StepDefinition } from '../../process-step';

/** Words YAML 1.1/1.2 would read as something other than a string when plain. */
const NON_STRING_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'y', 'n']);

/** A YAML scalar for `value`: plain when it reads back as the same string, else double-quoted. */
export function scalar(value: string): string {
  const plain =
    /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(value) && !NON_STRING_WORDS.has(value.toLowerCase());
  return plain ? value : JSON.stringify(value);
}

/** A base64 value, plain as in hand-written Secrets unless YAML would read it as a number or word. */
function base64Scalar(value: string): string {
  const plain =
    /^[A-Za-z0-9+/]+=*$/.test(value) &&
    Number.isNaN(Number(value)) &&
    !NON_STRING_WORDS.has(value.toLowerCase());
  return plain ? value : JSON.stringify(value);
}

/** Every line of `block` indented by `spaces`. */
export function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** A `key: value` line per entry, indented by `spaces`. */
export function mapLines(map: Readonly<Record<string, string>>, spaces: number): string {
  return indent(
    Object.entries(map)
      .map(([key, value]) => `${key}: ${scalar(value)}`)
      .join('\n'),
    spaces,
  );
}

/** The labels every demo object carries. */
export function standardLabels(
  context: ManifestContext,
  app: string,
  partOf: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    app,
    name: app,
    'app.kubernetes.io/part-of': partOf,
    'app.kubernetes.io/version': context.version,
    ...extra,
  };
}

/** A top-level `metadata:` block (name, namespace, labels), at column 0. */
export function metadata(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
): string {
  return [
    'metadata:',
    `  name: ${scalar(name)}`,
    `  namespace: ${scalar(context.namespace)}`,
    '  labels:',
    mapLines(labels, 4),
  ].join('\n');
}

/** `key: value` lines for ConfigMap/Secret data; multi-line values become literal blocks. */
export function dataLines(data: Readonly<Record<string, string>>, spaces: number): string {
  return indent(
    Object.entries(data)
      .map(([key, value]) =>
        value.includes('\n')
          ? `${key}: |\n${indent(value.replace(/\n+$/, ''), 2)}`
          : `${key}: ${scalar(value)}`,
      )
      .join('\n'),
    spaces,
  );
}

export interface DeploymentOptions {
  /** `spec.selector.matchLabels`; every entry must also be in `labels`. Default `{ name }`. */
  selector?: Readonly<Record<string, string>>;
  /** Extra `spec` fields (e.g. a strategy) as YAML at column 0, placed before the selector. */
  extraSpec?: string;
}

/**
 * A Deployment whose pod template carries the object's labels. `podSpec` is the pod `spec` as
 * YAML at column 0 (containers, volumes, ...).
 */
export function deployment(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
  replicas: number,
  podSpec: string,
  options: DeploymentOptions = {},
): string {
  const selector = options.selector ?? { name };
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    metadata(context, name, labels),
    'spec:',
    `  replicas: ${replicas}`,
    ...(options.extraSpec === undefined ? [] : [indent(options.extraSpec.trim(), 2)]),
    '  selector:',
    '    matchLabels:',
    mapLines(selector, 6),
    '  template:',
    '    metadata:',
    '      labels:',
    mapLines(labels, 8),
    '    spec:',
    indent(podSpec.trim(), 6),
  ].join('\n');
}

/**
 * A StatefulSet whose pod template carries the object's labels, with its headless Service's name
 * as `serviceName`. `podSpec` is the pod `spec` as YAML at column 0.
 */
export function statefulSet(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
  replicas: number,
  podSpec: string,
): string {
  return [
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    metadata(context, name, labels),
    'spec:',
    `  serviceName: ${scalar(name)}`,
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels:',
    mapLines({ name }, 6),
    '  template:',
    '    metadata:',
    '      labels:',
    mapLines(labels, 8),
    '    spec:',
    indent(podSpec.trim(), 6),
  ].join('\n');
}

/** A DaemonSet (one Pod per node) whose pod template carries the object's labels. */
export function daemonSet(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
  podSpec: string,
): string {
  return [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    metadata(context, name, labels),
    'spec:',
    '  selector:',
    '    matchLabels:',
    mapLines({ name }, 6),
    '  template:',
    '    metadata:',
    '      labels:',
    mapLines(labels, 8),
    '    spec:',
    indent(podSpec.trim(), 6),
  ].join('\n');
}

export interface ServicePort {
  name: string;
  port: number;
  targetPort: number | string;
}

export interface ServiceOptions {
  /** Default `{ name }`, the pod label every demo Deployment selects on. */
  selector?: Readonly<Record<string, string>>;
  type?: 'ClusterIP' | 'NodePort';
}

/** A Service in front of the pods labelled `name: <name>` (or `options.selector`). */
export function service(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
  ports: readonly ServicePort[],
  options: ServiceOptions = {},
): string {
  const selector = options.selector ?? { name };
  const portLines = ports.map((port) =>
    [
      `- name: ${scalar(port.name)}`,
      `  port: ${port.port}`,
      `  targetPort: ${typeof port.targetPort === 'number' ? port.targetPort : scalar(port.targetPort)}`,
      '  protocol: TCP',
    ].join('\n'),
  );
  return [
    'apiVersion: v1',
    'kind: Service',
    metadata(context, name, labels),
    'spec:',
    `  type: ${options.type ?? 'ClusterIP'}`,
    '  ports:',
    indent(portLines.join('\n'), 4),
    '  selector:',
    mapLines(selector, 4),
  ].join('\n');
}

/** A ConfigMap with string data. */
export function configMap(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
  data: Readonly<Record<string, string>>,
): string {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    metadata(context, name, labels),
    'data:',
    dataLines(data, 2),
  ].join('\n');
}

/** An Opaque Secret; `values` are given in clear and written base64-encoded under `data`. */
export function opaqueSecret(
  context: ManifestContext,
  name: string,
  labels: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string>>,
): string {
  const encoded: Record<string, string> = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, base64(value)]),
  );
  return [
    'apiVersion: v1',
    'kind: Secret',
    metadata(context, name, labels),
    'type: Opaque',
    'data:',
    indent(
      Object.entries(encoded)
        .map(([key, value]) => `${key}: ${base64Scalar(value)}`)
        .join('\n'),
      2,
    ),
  ].join('\n');
}

/** Documents joined into one multi-document YAML stream. */
export function yamlDocuments(...documents: readonly string[]): string {
  return documents.map((document) => document.trim()).join('\n---\n') + '\n';
}

/** Base64 of an ASCII string, for Secret `data` (works in Node and in the browser). */
export function base64(value: string): string {
  return btoa(value);
}

/** Whether release `version` is `since` or later, comparing "0.4.10" as newer than "0.4.9". */
export function isReleaseAtLeast(version: string, since: string): boolean {
  const parts = (value: string) => (value.split('-')[0] ?? '').split('.').map(Number);
  const [a, b] = [parts(version), parts(since)];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** Replica count: `production` in production, `elsewhere` in every other environment. */
export function replicasFor(context: ManifestContext, production: number, elsewhere = 1): number {
  return context.environment === 'production' ? production : elsewhere;
}

export interface KubernetesStepOptions {
  timeoutSeconds?: number | null;
  stabilizationSeconds?: number;
}

/** A "Deploy raw Kubernetes YAML" step with the object status check on. */
export function kubernetesStep(
  actionId: string,
  name: string,
  manifests: (context: ManifestContext) => string,
  options: KubernetesStepOptions = {},
): StepDefinition {
  return {
    actionId,
    name,
    type: 'KubernetesYaml',
    verifiesObjects: true,
    timeoutSeconds: options.timeoutSeconds === undefined ? 180 : options.timeoutSeconds,
    stabilizationSeconds: options.stabilizationSeconds ?? 10,
    manifests,
  };
}

/** A "Run a Script" step: no Kubernetes objects, nothing to verify. */
export function scriptStep(
  actionId: string,
  name: string,
  timeoutSeconds: number | null = null,
): StepDefinition {
  return {
    actionId,
    name,
    type: 'Script',
    verifiesObjects: false,
    timeoutSeconds,
    stabilizationSeconds: 0,
    manifests: null,
  };
}

/** The Slack notification step several projects end with. */
export function notifySlackStep(project: string): StepDefinition {
  return scriptStep(`${project}-notify-slack`, 'Notify Slack');
}
