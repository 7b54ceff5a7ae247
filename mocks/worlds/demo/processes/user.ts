/** user: accounts and addresses (Go), with its MongoDB-based database image. */
import {
  deployment,
  indent,
  kubernetesStep,
  replicasFor,
  scriptStep,
  service,
  yamlDocuments,
} from './helpers';
import {
  DATABASE_SECURITY_CONTEXT,
  LINUX_NODE_SELECTOR,
  SERVICE_SECURITY_CONTEXT,
  TMP_VOLUME,
  httpProbes,
  httpService,
  sockShopLabels,
} from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

/** The database image is released on its own cadence: pinned, not the project's version. */
const USER_DB_IMAGE = 'weaveworksdemos/user-db:0.3.0';

function manifests(context: ManifestContext): string {
  const userPod = `containers:
  - name: user
    image: weaveworksdemos/user:${context.version}
    env:
      - name: MONGO_HOST
        value: user-db:27017
    resources:
      limits:
        cpu: 300m
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
  const dbLabels = sockShopLabels(context, 'user-db', {
    'app.kubernetes.io/component': 'database',
  });
  const databasePod = `containers:
  - name: user-db
    image: ${USER_DB_IMAGE}
    ports:
      - name: mongo
        containerPort: 27017
    resources:
      limits:
        cpu: 500m
        memory: 512Mi
      requests:
        cpu: 100m
        memory: 256Mi
${indent(DATABASE_SECURITY_CONTEXT, 4)}
    readinessProbe:
      tcpSocket:
        port: 27017
      initialDelaySeconds: 5
      periodSeconds: 5
    volumeMounts:
      - name: tmp-volume
        mountPath: /tmp
${TMP_VOLUME}
${LINUX_NODE_SELECTOR}`;
  return yamlDocuments(
    deployment(context, 'user', sockShopLabels(context, 'user'), replicasFor(context, 2), userPod),
    httpService(context, 'user'),
    deployment(context, 'user-db', dbLabels, 1, databasePod),
    service(context, 'user-db', dbLabels, [{ name: 'mongo', port: 27017, targetPort: 27017 }]),
  );
}

export const userProcess: readonly StepDefinition[] = [
  scriptStep('user-backup-db', 'Back up user database', 600),
  kubernetesStep('user-deploy', 'Deploy user', manifests, { timeoutSeconds: 180 }),
];
