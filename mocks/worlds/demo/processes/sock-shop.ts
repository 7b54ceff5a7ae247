/**
 * What the Sock Shop (microservices-demo) services share: labels, the securityContext of the
 * upstream manifests, the Java service pod and the MongoDB databases.
 */
import { deployment, indent, replicasFor, service, standardLabels } from './helpers';
import type { ManifestContext } from '../../process-step';

export const SOCK_SHOP = 'sock-shop';

/** The labels of a Sock Shop object; `extra` may override `name` (e.g. for a ConfigMap). */
export function sockShopLabels(
  context: ManifestContext,
  app: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return standardLabels(context, app, SOCK_SHOP, extra);
}

/** Container securityContext of the upstream services listening on port 80. */
export const SERVICE_SECURITY_CONTEXT = `securityContext:
  runAsNonRoot: true
  runAsUser: 10001
  capabilities:
    drop:
      - ALL
    add:
      - NET_BIND_SERVICE
  readOnlyRootFilesystem: true`;

/** Container securityContext of the upstream databases (they chown their data directory). */
export const DATABASE_SECURITY_CONTEXT = `securityContext:
  capabilities:
    drop:
      - ALL
    add:
      - CHOWN
      - SETGID
      - SETUID
  readOnlyRootFilesystem: true`;

/** The in-memory /tmp every read-only-root Sock Shop container mounts. */
export const TMP_VOLUME = `volumes:
  - name: tmp-volume
    emptyDir:
      medium: Memory`;

export const LINUX_NODE_SELECTOR = `nodeSelector:
  kubernetes.io/os: linux`;

/** Health probes on an HTTP path (the Sock Shop services answer on /health). */
export function httpProbes(path: string, port: number, readinessDelay: number): string {
  return `readinessProbe:
  httpGet:
    path: ${path}
    port: ${port}
  initialDelaySeconds: ${readinessDelay}
  periodSeconds: 3
livenessProbe:
  httpGet:
    path: ${path}
    port: ${port}
  initialDelaySeconds: ${readinessDelay * 4}
  periodSeconds: 3
  failureThreshold: 3`;
}

export const JAVA_OPTS =
  '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';

export interface JavaServiceOptions {
  productionReplicas: number;
  /** Extra container env, as `- name: ...` YAML at column 0. */
  extraEnv?: string;
  /** The pod's `nodeSelector:` block at column 0; Linux nodes by default. */
  nodeSelector?: string;
}

/** Deployment of a Spring Boot service (carts, orders, shipping, queue-master) on port 80. */
export function javaServiceDeployment(
  context: ManifestContext,
  app: string,
  options: JavaServiceOptions,
): string {
  const env = [`- name: JAVA_OPTS\n  value: ${JAVA_OPTS}`, options.extraEnv?.trim()]
    .filter((entry) => entry !== undefined && entry !== '')
    .join('\n');
  const podSpec = `containers:
  - name: ${app}
    image: weaveworksdemos/${app}:${context.version}
    env:
${indent(env, 6)}
    resources:
      limits:
        cpu: 300m
        memory: 500Mi
      requests:
        cpu: 100m
        memory: 200Mi
    ports:
      - name: http
        containerPort: 80
${indent(SERVICE_SECURITY_CONTEXT, 4)}
${indent(httpProbes('/health', 80, 20), 4)}
    volumeMounts:
      - name: tmp-volume
        mountPath: /tmp
${TMP_VOLUME}
${options.nodeSelector ?? LINUX_NODE_SELECTOR}`;
  return deployment(
    context,
    app,
    sockShopLabels(context, app),
    replicasFor(context, options.productionReplicas),
    podSpec,
  );
}

/** The Service of a Sock Shop HTTP service: port 80 to the container's port 80. */
export function httpService(context: ManifestContext, app: string): string {
  return service(context, app, sockShopLabels(context, app), [
    { name: 'http', port: 80, targetPort: 80 },
  ]);
}

/** A MongoDB Deployment and its Service (carts-db, orders-db), as upstream: one replica. */
export function mongoDatabase(context: ManifestContext, app: string): readonly string[] {
  const labels = sockShopLabels(context, app, { 'app.kubernetes.io/component': 'database' });
  const podSpec = `containers:
  - name: ${app}
    image: mongo:4.4
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
  return [
    deployment(context, app, labels, 1, podSpec),
    service(context, app, labels, [{ name: 'mongo', port: 27017, targetPort: 27017 }]),
  ];
}
