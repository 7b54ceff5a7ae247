import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { isKind, type KubeObject } from '../../kubernetes/types';
import type { ManifestContext, StepDefinition } from '../process-step';
import { demoProcesses, type DemoProjectSlug } from './demo-processes';

const ENVIRONMENTS = ['development', 'test', 'staging', 'production'] as const;
/** A different version per environment; "1.10" would turn into the number 1.1 if left unquoted. */
const VERSIONS: Record<(typeof ENVIRONMENTS)[number], string> = {
  development: '2.5.0-pre.7',
  test: '2.4.2',
  staging: '2.4.1',
  production: '1.10',
};
const TENANTS = ['acme', 'globex-corp'] as const;
const SOCK_SHOP: readonly DemoProjectSlug[] = [
  'front-end',
  'carts',
  'catalogue',
  'orders',
  'payment',
  'shipping',
  'user',
  'queue-master',
];
const PROJECTS = Object.keys(demoProcesses) as DemoProjectSlug[];

/** The images built from each project's own repository: their tag is the release version. */
const VERSIONED_IMAGES: Record<DemoProjectSlug, readonly string[]> = {
  'front-end': ['weaveworksdemos/front-end'],
  carts: ['weaveworksdemos/carts'],
  catalogue: ['weaveworksdemos/catalogue'],
  orders: ['weaveworksdemos/orders'],
  payment: ['weaveworksdemos/payment'],
  shipping: ['weaveworksdemos/shipping'],
  user: ['weaveworksdemos/user'],
  'queue-master': ['weaveworksdemos/queue-master'],
  guestbook: ['us-docker.pkg.dev/google-samples/containers/gke/gb-frontend'],
  'nightly-reports': ['ghcr.io/example-org/nightly-reports'],
  'customer-portal': ['ghcr.io/example-org/customer-portal'],
  'legacy-billing': [],
};

/** The objects each project applies ("Kind/name"), which the simulation relies on. */
const EXPECTED_OBJECTS: Record<DemoProjectSlug, readonly string[]> = {
  'front-end': [
    'ConfigMap/front-end-config',
    'Secret/front-end-session',
    'Deployment/front-end',
    'Service/front-end',
    'Ingress/front-end',
    'Job/front-end-smoke-test',
  ],
  carts: ['Deployment/carts', 'Service/carts', 'Deployment/carts-db', 'Service/carts-db'],
  catalogue: [
    'Deployment/catalogue',
    'Service/catalogue',
    'Deployment/catalogue-db',
    'Service/catalogue-db',
  ],
  orders: ['Deployment/orders', 'Service/orders', 'Deployment/orders-db', 'Service/orders-db'],
  payment: ['Deployment/payment', 'Service/payment'],
  shipping: ['ConfigMap/shipping-config', 'Deployment/shipping', 'Service/shipping'],
  user: ['Deployment/user', 'Service/user', 'Deployment/user-db', 'Service/user-db'],
  'queue-master': [
    'Deployment/queue-master',
    'Service/queue-master',
    'StatefulSet/rabbitmq',
    'Service/rabbitmq',
    'DaemonSet/node-exporter',
  ],
  guestbook: [
    'PersistentVolumeClaim/redis-data',
    'Deployment/redis-leader',
    'Service/redis-leader',
    'Deployment/redis-follower',
    'Service/redis-follower',
    'Deployment/frontend',
    'Service/frontend',
    'HorizontalPodAutoscaler/frontend',
  ],
  'nightly-reports': ['ConfigMap/nightly-reports-config', 'CronJob/nightly-reports'],
  'customer-portal': [
    'Secret/customer-portal-db',
    'Deployment/customer-portal',
    'Service/customer-portal',
    'Ingress/customer-portal',
  ],
  'legacy-billing': [],
};

function namespaceFor(project: DemoProjectSlug, environment: string, tenant: string | null) {
  if (SOCK_SHOP.includes(project)) return `sock-shop-${environment}`;
  return tenant === null ? `${project}-${environment}` : `${project}-${tenant}-${environment}`;
}

function contextsFor(project: DemoProjectSlug): ManifestContext[] {
  const tenants = project === 'customer-portal' ? TENANTS : [null];
  return ENVIRONMENTS.flatMap((environment) =>
    tenants.map((tenant) => ({
      version: VERSIONS[environment],
      environment,
      namespace: namespaceFor(project, environment, tenant),
      tenant,
    })),
  );
}

function contextLabel(context: ManifestContext): string {
  return context.tenant === null
    ? context.environment
    : `${context.environment}, tenant ${context.tenant}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface ParsedStep {
  step: StepDefinition;
  objects: KubeObject[];
  problems: string[];
}

/** Parses a multi-document manifest; problems for YAML errors and documents that are no objects. */
function parseManifests(text: string): { objects: KubeObject[]; problems: string[] } {
  const objects: KubeObject[] = [];
  const problems: string[] = [];
  parseAllDocuments(text).forEach((document, index) => {
    for (const error of [...document.errors, ...document.warnings]) {
      problems.push(`document ${index}: ${error.message}`);
    }
    const value: unknown = document.toJS();
    const metadata = isRecord(value) ? value.metadata : undefined;
    if (
      !isRecord(value) ||
      typeof value.apiVersion !== 'string' ||
      typeof value.kind !== 'string' ||
      !isRecord(metadata) ||
      typeof metadata.name !== 'string' ||
      metadata.name === ''
    ) {
      problems.push(`document ${index}: no apiVersion, kind and metadata.name`);
      return;
    }
    objects.push(value as KubeObject);
  });
  return { objects, problems };
}

function renderProject(project: DemoProjectSlug, context: ManifestContext): ParsedStep[] {
  return demoProcesses[project].map((step) => {
    if (step.manifests === null) return { step, objects: [], problems: [] };
    return { step, ...parseManifests(step.manifests(context)) };
  });
}

function idOf(object: KubeObject): string {
  return `${object.kind}/${object.metadata.name}`;
}

interface Container {
  name?: string;
  image?: string;
}

function containersOf(object: KubeObject): Container[] {
  const podSpec = isKind(object, 'CronJob')
    ? object.spec?.jobTemplate.spec?.template.spec
    : isKind(object, 'Deployment') ||
        isKind(object, 'StatefulSet') ||
        isKind(object, 'DaemonSet') ||
        isKind(object, 'Job')
      ? object.spec?.template.spec
      : undefined;
  return [...(podSpec?.initContainers ?? []), ...(podSpec?.containers ?? [])];
}

/** "repo/name:tag" -> ["repo/name", "tag"]; the tag is undefined when there is none. */
function splitImage(image: string): [string, string | undefined] {
  const colon = image.lastIndexOf(':');
  if (colon <= image.lastIndexOf('/')) return [image, undefined];
  return [image.slice(0, colon), image.slice(colon + 1)];
}

function labelsMatch(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels?.[key] === value);
}

/** Everything wrong with a project's rendered manifests in one context (empty when all is well). */
function problemsOf(
  project: DemoProjectSlug,
  context: ManifestContext,
  steps: readonly ParsedStep[],
): string[] {
  const problems = steps.flatMap(({ step, problems: parse }) =>
    parse.map((problem) => `${step.name}: ${problem}`),
  );
  const objects = steps.flatMap((step) => step.objects);
  const seen = new Set<string>();
  let versionedImages = 0;
  for (const object of objects) {
    const id = idOf(object);
    const { namespace, labels } = object.metadata;
    if (namespace !== context.namespace) problems.push(`${id}: namespace ${String(namespace)}`);
    const key = `${object.kind}/${String(namespace)}/${object.metadata.name}`;
    if (seen.has(key)) problems.push(`${id}: applied twice in ${String(namespace)}`);
    seen.add(key);
    if ('status' in object) problems.push(`${id}: has a status block`);
    for (const label of ['app', 'name', 'app.kubernetes.io/part-of']) {
      if (typeof labels?.[label] !== 'string' || labels[label] === '') {
        problems.push(`${id}: no ${label} label`);
      }
    }
    if (labels?.['app.kubernetes.io/version'] !== context.version) {
      problems.push(`${id}: version label ${String(labels?.['app.kubernetes.io/version'])}`);
    }
    if (
      isKind(object, 'Deployment') ||
      isKind(object, 'StatefulSet') ||
      isKind(object, 'DaemonSet')
    ) {
      const selector = object.spec?.selector.matchLabels ?? {};
      if (!labelsMatch(selector, object.spec?.template.metadata?.labels)) {
        problems.push(`${id}: selector does not match the pod template labels`);
      }
    }
    if (isKind(object, 'Service')) {
      const selector = object.spec?.selector ?? {};
      const selectsPods = objects.some(
        (other) =>
          (isKind(other, 'Deployment') || isKind(other, 'StatefulSet')) &&
          labelsMatch(selector, other.spec?.template.metadata?.labels),
      );
      if (!selectsPods) problems.push(`${id}: selects no pods of the project`);
    }
    for (const container of containersOf(object)) {
      if (!container.name) problems.push(`${id}: container without a name`);
      const [repository, tag] = splitImage(container.image ?? '');
      if (VERSIONED_IMAGES[project].includes(repository)) {
        versionedImages += 1;
        if (tag !== context.version) problems.push(`${id}: image ${String(container.image)}`);
      } else if (tag === undefined || tag === 'latest') {
        problems.push(`${id}: image ${String(container.image)} is not pinned`);
      }
    }
  }
  if (VERSIONED_IMAGES[project].length > 0 && versionedImages === 0) {
    problems.push(`no ${VERSIONED_IMAGES[project].join(' or ')} image`);
  }
  return problems;
}

function findObject(steps: readonly ParsedStep[], id: string): KubeObject {
  const found = steps.flatMap((step) => step.objects).find((object) => idOf(object) === id);
  if (found === undefined) throw new Error(`${id} not rendered`);
  return found;
}

function deploymentReplicas(steps: readonly ParsedStep[], name: string): number | undefined {
  const object = findObject(steps, `Deployment/${name}`);
  return isKind(object, 'Deployment') ? object.spec?.replicas : undefined;
}

function decodedSecret(steps: readonly ParsedStep[], name: string): Record<string, string> {
  const object = findObject(steps, `Secret/${name}`);
  if (!isKind(object, 'Secret')) throw new Error('not a Secret');
  expect(object.type).toBe('Opaque');
  return Object.fromEntries(
    Object.entries(object.data ?? {}).map(([key, value]) => {
      expect(value).toMatch(/^[A-Za-z0-9+/]+=*$/);
      return [key, atob(value)];
    }),
  );
}

describe.each(PROJECTS)('%s process', (project) => {
  const steps = demoProcesses[project];

  it('has well-formed steps', () => {
    const ids = steps.map((step) => step.actionId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of steps) {
      expect(step.actionId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(step.name).not.toBe('');
      if (step.type === 'Script') {
        expect(step.manifests).toBeNull();
        expect(step.verifiesObjects).toBe(false);
      } else {
        expect(step.manifests).not.toBeNull();
        expect(step.verifiesObjects).toBe(true);
        expect(step.stabilizationSeconds).toBe(project === 'front-end' ? 5 : 10);
        expect(step.timeoutSeconds).toBe(180);
      }
    }
  });

  it('applies the objects the simulation expects', () => {
    for (const context of contextsFor(project)) {
      const rendered = renderProject(project, context).flatMap((step) => step.objects.map(idOf));
      expect(rendered.toSorted()).toEqual([...EXPECTED_OBJECTS[project]].toSorted());
    }
  });

  it.each(contextsFor(project).map((context) => [contextLabel(context), context] as const))(
    'renders valid manifests (%s)',
    (_label, context) => {
      const rendered = renderProject(project, context);
      expect(problemsOf(project, context, rendered)).toEqual([]);
      const again = demoProcesses[project].map((step) => step.manifests?.(context) ?? null);
      expect(again).toEqual(
        demoProcesses[project].map((step) => step.manifests?.(context) ?? null),
      );
    },
  );
});

describe('project specifics', () => {
  const contexts = (project: DemoProjectSlug) =>
    contextsFor(project).map((context) => ({
      context,
      production: context.environment === 'production',
      steps: renderProject(project, context),
    }));

  it('front-end: exactly config, deploy and smoke test, then the objects of each', () => {
    expect(demoProcesses['front-end'].map((step) => [step.actionId, step.name, step.type])).toEqual(
      [
        ['front-end-config', 'Deploy front-end config', 'KubernetesYaml'],
        ['front-end-deploy', 'Deploy front-end', 'KubernetesYaml'],
        ['front-end-smoke-test', 'Run smoke tests', 'KubernetesYaml'],
      ],
    );
    for (const { context, production, steps } of contexts('front-end')) {
      expect(steps.map((step) => step.objects.map(idOf))).toEqual([
        ['ConfigMap/front-end-config', 'Secret/front-end-session'],
        ['Deployment/front-end', 'Service/front-end', 'Ingress/front-end'],
        ['Job/front-end-smoke-test'],
      ]);
      expect(deploymentReplicas(steps, 'front-end')).toBe(production ? 3 : 1);
      expect(Object.keys(decodedSecret(steps, 'front-end-session')).length).toBeGreaterThan(1);

      const deployment = findObject(steps, 'Deployment/front-end');
      if (!isKind(deployment, 'Deployment')) throw new Error('not a Deployment');
      const container = deployment.spec?.template.spec?.containers[0];
      expect(container?.ports?.[0]?.containerPort).toBe(8079);
      expect(container?.readinessProbe).toBeDefined();
      expect(container?.livenessProbe).toBeDefined();
      expect(container?.resources?.requests).toBeDefined();

      const service = findObject(steps, 'Service/front-end');
      if (!isKind(service, 'Service')) throw new Error('not a Service');
      expect(service.spec?.ports?.[0]).toMatchObject({ port: 80, targetPort: 8079 });

      const ingress = findObject(steps, 'Ingress/front-end');
      if (!isKind(ingress, 'Ingress')) throw new Error('not an Ingress');
      expect(ingress.apiVersion).toBe('networking.k8s.io/v1');
      expect(ingress.spec?.ingressClassName).toBe('nginx');
      expect(ingress.spec?.rules?.[0]?.host).toBe(`shop.${context.environment}.example.com`);

      const job = findObject(steps, 'Job/front-end-smoke-test');
      if (!isKind(job, 'Job')) throw new Error('not a Job');
      expect(job.apiVersion).toBe('batch/v1');
      expect(job.spec?.backoffLimit).toBe(0);
      expect(job.spec?.template.spec?.restartPolicy).toBe('Never');
      expect(job.spec?.template.spec?.containers[0]?.image).toMatch(/^curlimages\/curl:/);
    }
  });

  it('replica counts per environment', () => {
    for (const { production, steps } of contexts('carts')) {
      expect(deploymentReplicas(steps, 'carts')).toBe(production ? 2 : 1);
    }
    for (const { production, steps } of contexts('catalogue')) {
      expect(deploymentReplicas(steps, 'catalogue')).toBe(production ? 3 : 1);
    }
    for (const { production, steps } of contexts('payment')) {
      expect(deploymentReplicas(steps, 'payment')).toBe(production ? 2 : 1);
    }
    for (const { steps } of contexts('guestbook')) {
      expect(deploymentReplicas(steps, 'redis-follower')).toBe(2);
      expect(deploymentReplicas(steps, 'frontend')).toBe(3);
    }
  });

  it('carts: JAVA_OPTS and a mongo:4.4 database', () => {
    for (const { steps } of contexts('carts')) {
      const carts = findObject(steps, 'Deployment/carts');
      if (!isKind(carts, 'Deployment')) throw new Error('not a Deployment');
      const env = carts.spec?.template.spec?.containers[0]?.env ?? [];
      expect(env.find((variable) => variable.name === 'JAVA_OPTS')?.value).toMatch(/-Xmx/);
      expect(containersOf(findObject(steps, 'Deployment/carts-db'))[0]?.image).toBe('mongo:4.4');
    }
  });

  it('shipping config and user timeout', () => {
    expect(demoProcesses.shipping.slice(0, 2).map((step) => step.name)).toEqual([
      'Deploy shipping config',
      'Deploy shipping',
    ]);
    const deployUser = demoProcesses.user.find((step) => step.type === 'KubernetesYaml');
    expect(deployUser?.timeoutSeconds).toBe(180);
  });

  it('guestbook: two Kubernetes steps, storage and an autoscaler', () => {
    expect(
      demoProcesses.guestbook
        .filter((step) => step.type === 'KubernetesYaml')
        .map((step) => step.name),
    ).toEqual(['Deploy redis', 'Deploy guestbook frontend']);
    for (const { steps } of contexts('guestbook')) {
      const hpa = findObject(steps, 'HorizontalPodAutoscaler/frontend');
      if (!isKind(hpa, 'HorizontalPodAutoscaler')) throw new Error('not an HPA');
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec?.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'frontend' });
      const leader = findObject(steps, 'Deployment/redis-leader');
      if (!isKind(leader, 'Deployment')) throw new Error('not a Deployment');
      const claims = (leader.spec?.template.spec?.volumes ?? []).map(
        (volume) => volume.persistentVolumeClaim?.claimName,
      );
      expect(claims).toContain('redis-data');
    }
  });

  it('nightly-reports: runs at 02:00, suspended in production only', () => {
    for (const { production, steps } of contexts('nightly-reports')) {
      const cronJob = findObject(steps, 'CronJob/nightly-reports');
      if (!isKind(cronJob, 'CronJob')) throw new Error('not a CronJob');
      expect(cronJob.apiVersion).toBe('batch/v1');
      expect(cronJob.spec?.schedule).toBe('0 2 * * *');
      expect(cronJob.spec?.suspend).toBe(production);
    }
  });

  it('customer-portal: per-tenant host, labels and database secret', () => {
    for (const { context, steps } of contexts('customer-portal')) {
      const ingress = findObject(steps, 'Ingress/customer-portal');
      if (!isKind(ingress, 'Ingress')) throw new Error('not an Ingress');
      expect(ingress.spec?.rules?.[0]?.host).toBe(`${String(context.tenant)}.portal.example.com`);
      for (const object of steps.flatMap((step) => step.objects)) {
        expect(Object.values(object.metadata.labels ?? {})).toContain(context.tenant);
      }
      const secret = decodedSecret(steps, 'customer-portal-db');
      expect(Object.keys(secret).toSorted()).toEqual(['connection-string', 'password']);
      expect(secret['connection-string']).toContain(secret.password ?? '-');
    }
  });

  it('legacy-billing: script steps only', () => {
    expect(demoProcesses['legacy-billing'].length).toBeGreaterThan(0);
    for (const step of demoProcesses['legacy-billing']) {
      expect(step).toMatchObject({ type: 'Script', manifests: null, verifiesObjects: false });
    }
  });

  it('every project but front-end has a step that is not Kubernetes', () => {
    for (const project of PROJECTS.filter((slug) => slug !== 'front-end')) {
      expect(demoProcesses[project].some((step) => step.type === 'Script')).toBe(true);
    }
  });
});

describe('the checks catch broken manifests', () => {
  const context: ManifestContext = {
    version: '2.4.1',
    environment: 'test',
    namespace: 'sock-shop-test',
    tenant: null,
  };
  const check = (yaml: string) => {
    const { objects, problems } = parseManifests(yaml);
    const step: StepDefinition = {
      actionId: 'broken',
      name: 'Broken',
      type: 'KubernetesYaml',
      verifiesObjects: true,
      timeoutSeconds: 180,
      stabilizationSeconds: 10,
      manifests: () => yaml,
    };
    return problemsOf('payment', context, [{ step, objects, problems }]);
  };
  const labels = (version: string) =>
    `    app: payment\n    name: payment\n    app.kubernetes.io/part-of: sock-shop\n    app.kubernetes.io/version: "${version}"`;
  const deployment = (selector: string, image: string, version = '2.4.1') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payment
  namespace: sock-shop-test
  labels:
${labels(version)}
spec:
  selector:
    matchLabels:
      name: ${selector}
  template:
    metadata:
      labels:
        name: payment
    spec:
      containers:
        - name: payment
          image: ${image}`;

  it('accepts a good one', () => {
    expect(check(deployment('payment', 'weaveworksdemos/payment:2.4.1'))).toEqual([]);
  });

  it('reports each kind of fault', () => {
    expect(check('kind: [unclosed')).not.toEqual([]);
    expect(check('apiVersion: v1\nkind: ConfigMap\nmetadata: {}')).not.toEqual([]);
    expect(check(deployment('other', 'weaveworksdemos/payment:2.4.1'))).toEqual([
      'Deployment/payment: selector does not match the pod template labels',
    ]);
    expect(check(deployment('payment', 'weaveworksdemos/payment:2.4.0'))).toEqual([
      'Deployment/payment: image weaveworksdemos/payment:2.4.0',
    ]);
    expect(check(deployment('payment', 'weaveworksdemos/payment:2.4.1', '2.4.0'))).toEqual([
      'Deployment/payment: version label 2.4.0',
    ]);
    const good = deployment('payment', 'weaveworksdemos/payment:2.4.1');
    expect(check(`${good}\n---\n${good}`)).toEqual([
      'Deployment/payment: applied twice in sock-shop-test',
    ]);
    expect(check(good.replace('namespace: sock-shop-test', 'namespace: default'))).toContain(
      'Deployment/payment: namespace default',
    );
  });
});
