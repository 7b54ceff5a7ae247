/** catalogue: the product catalogue (Go) and its MySQL database image. */
import {
  configMap,
  deployment,
  indent,
  isReleaseAtLeast,
  kubernetesStep,
  notifySlackStep,
  replicasFor,
  service,
  yamlDocuments,
} from './helpers';
import {
  DATABASE_SECURITY_CONTEXT,
  LINUX_NODE_SELECTOR,
  SERVICE_SECURITY_CONTEXT,
  httpProbes,
  httpService,
  sockShopLabels,
} from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

/** The database image is released on its own cadence: pinned, not the project's version. */
const CATALOGUE_DB_IMAGE = 'weaveworksdemos/catalogue-db:0.3.0';

/**
 * Staging tried out a search index settings file before 0.3.4 built the settings into the image
 * and dropped the ConfigMap from the step. Octopus does not delete what a release stops
 * deploying: in Staging it stays in the cluster, orphaned.
 */
const LEGACY_CONFIG_DROPPED_IN = '0.3.4';

function legacyConfig(context: ManifestContext): string[] {
  if (context.environment !== 'staging') return [];
  if (isReleaseAtLeast(context.version, LEGACY_CONFIG_DROPPED_IN)) return [];
  return [
    configMap(
      context,
      'catalogue-legacy-config',
      sockShopLabels(context, 'catalogue', { name: 'catalogue-legacy-config' }),
      {
        SEARCH_INDEX: 'legacy',
        'search.yaml': ['index: legacy', 'refreshSeconds: 300', 'fuzzy: false'].join('\n'),
      },
    ),
  ];
}

function manifests(context: ManifestContext): string {
  const cataloguePod = `containers:
  - name: catalogue
    image: weaveworksdemos/catalogue:${context.version}
    command:
      - /app
    args:
      - -port=80
    resources:
      limits:
        cpu: 200m
        memory: 200Mi
      requests:
        cpu: 100m
        memory: 100Mi
    ports:
      - name: http
        containerPort: 80
${indent(SERVICE_SECURITY_CONTEXT, 4)}
${indent(httpProbes('/health', 80, 10), 4)}
${LINUX_NODE_SELECTOR}`;
  const dbLabels = sockShopLabels(context, 'catalogue-db', {
    'app.kubernetes.io/component': 'database',
  });
  const databasePod = `containers:
  - name: catalogue-db
    image: ${CATALOGUE_DB_IMAGE}
    env:
      - name: MYSQL_ROOT_PASSWORD
        value: fake_password
      - name: MYSQL_DATABASE
        value: socksdb
    ports:
      - name: mysql
        containerPort: 3306
    resources:
      limits:
        cpu: 500m
        memory: 512Mi
      requests:
        cpu: 100m
        memory: 256Mi
${indent(DATABASE_SECURITY_CONTEXT.replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false'), 4)}
    readinessProbe:
      tcpSocket:
        port: 3306
      initialDelaySeconds: 10
      periodSeconds: 5
${LINUX_NODE_SELECTOR}`;
  return yamlDocuments(
    deployment(
      context,
      'catalogue',
      sockShopLabels(context, 'catalogue'),
      replicasFor(context, 3),
      cataloguePod,
    ),
    httpService(context, 'catalogue'),
    deployment(context, 'catalogue-db', dbLabels, 1, databasePod),
    service(context, 'catalogue-db', dbLabels, [{ name: 'mysql', port: 3306, targetPort: 3306 }]),
    ...legacyConfig(context),
  );
}

export const catalogueProcess: readonly StepDefinition[] = [
  kubernetesStep('catalogue-deploy', 'Deploy catalogue', manifests),
  notifySlackStep('catalogue'),
];
