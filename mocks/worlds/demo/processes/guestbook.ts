/**
 * guestbook: the Kubernetes Guestbook sample (redis leader/followers and a PHP frontend), with
 * persistent storage for the leader and an autoscaler on the frontend.
 */
import {
  deployment,
  kubernetesStep,
  metadata,
  notifySlackStep,
  service,
  standardLabels,
  yamlDocuments,
} from './helpers';
import type { ManifestContext, StepDefinition } from '../../process-step';

const GUESTBOOK = 'guestbook';
const SAMPLES = 'us-docker.pkg.dev/google-samples/containers/gke';

function labels(
  context: ManifestContext,
  app: string,
  role: string,
  tier: 'backend' | 'frontend',
): Record<string, string> {
  return standardLabels(context, app, GUESTBOOK, { role, tier });
}

function redis(context: ManifestContext): string {
  const dataLabels = labels(context, 'redis-data', 'leader', 'backend');
  const leaderLabels = labels(context, 'redis-leader', 'leader', 'backend');
  const followerLabels = labels(context, 'redis-follower', 'follower', 'backend');
  const volumeClaim = `apiVersion: v1
kind: PersistentVolumeClaim
${metadata(context, 'redis-data', dataLabels)}
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi`;
  const leaderPod = `containers:
  - name: leader
    image: docker.io/redis:6.0.5
    ports:
      - name: redis
        containerPort: 6379
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
    readinessProbe:
      tcpSocket:
        port: 6379
      initialDelaySeconds: 5
      periodSeconds: 5
    volumeMounts:
      - name: data
        mountPath: /data
volumes:
  - name: data
    persistentVolumeClaim:
      claimName: redis-data`;
  const followerPod = `containers:
  - name: follower
    image: ${SAMPLES}/gb-redis-follower:v2
    ports:
      - name: redis
        containerPort: 6379
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
    readinessProbe:
      tcpSocket:
        port: 6379
      initialDelaySeconds: 5
      periodSeconds: 5`;
  return yamlDocuments(
    volumeClaim,
    deployment(context, 'redis-leader', leaderLabels, 1, leaderPod, {
      selector: { name: 'redis-leader', tier: 'backend' },
      // One pod at a time: the ReadWriteOnce volume cannot be shared by old and new pods.
      extraSpec: 'strategy:\n  type: Recreate',
    }),
    service(
      context,
      'redis-leader',
      leaderLabels,
      [{ name: 'redis', port: 6379, targetPort: 6379 }],
      {
        selector: { name: 'redis-leader', tier: 'backend' },
      },
    ),
    deployment(context, 'redis-follower', followerLabels, 2, followerPod, {
      selector: { name: 'redis-follower', tier: 'backend' },
    }),
    service(
      context,
      'redis-follower',
      followerLabels,
      [{ name: 'redis', port: 6379, targetPort: 6379 }],
      { selector: { name: 'redis-follower', tier: 'backend' } },
    ),
  );
}

function frontend(context: ManifestContext): string {
  const frontendLabels = labels(context, 'frontend', 'web', 'frontend');
  const pod = `containers:
  - name: php-redis
    image: ${SAMPLES}/gb-frontend:${context.version}
    env:
      - name: GET_HOSTS_FROM
        value: dns
    ports:
      - name: http
        containerPort: 80
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
      limits:
        cpu: 250m
        memory: 200Mi
    readinessProbe:
      httpGet:
        path: /
        port: 80
      initialDelaySeconds: 5
      periodSeconds: 5
    livenessProbe:
      httpGet:
        path: /
        port: 80
      initialDelaySeconds: 30
      periodSeconds: 10`;
  const autoscaler = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
${metadata(context, 'frontend', frontendLabels)}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: frontend
  minReplicas: 3
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70`;
  return yamlDocuments(
    deployment(context, 'frontend', frontendLabels, 3, pod, {
      selector: { name: 'frontend', tier: 'frontend' },
    }),
    service(context, 'frontend', frontendLabels, [{ name: 'http', port: 80, targetPort: 80 }], {
      selector: { name: 'frontend', tier: 'frontend' },
    }),
    autoscaler,
  );
}

export const guestbookProcess: readonly StepDefinition[] = [
  kubernetesStep('guestbook-redis', 'Deploy redis', redis),
  kubernetesStep('guestbook-frontend', 'Deploy guestbook frontend', frontend),
  notifySlackStep('guestbook'),
];
