/**
 * queue-master: consumes shipping tasks from RabbitMQ (Spring Boot), with RabbitMQ itself as a
 * StatefulSet (three brokers in production) and the Sock Shop monitoring's node-exporter, a
 * DaemonSet with one Pod per node.
 */
import {
  daemonSet,
  kubernetesStep,
  notifySlackStep,
  replicasFor,
  service,
  statefulSet,
  yamlDocuments,
} from './helpers';
import {
  LINUX_NODE_SELECTOR,
  httpService,
  javaServiceDeployment,
  sockShopLabels,
} from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

function manifests(context: ManifestContext): string {
  const rabbitLabels = sockShopLabels(context, 'rabbitmq', {
    'app.kubernetes.io/component': 'message-broker',
  });
  const rabbitPod = `containers:
  - name: rabbitmq
    image: rabbitmq:3.6.8-management
    ports:
      - name: management
        containerPort: 15672
      - name: rabbitmq
        containerPort: 5672
    resources:
      limits:
        cpu: 500m
        memory: 512Mi
      requests:
        cpu: 100m
        memory: 256Mi
    securityContext:
      capabilities:
        drop:
          - ALL
        add:
          - CHOWN
          - SETGID
          - SETUID
          - DAC_OVERRIDE
      readOnlyRootFilesystem: true
    readinessProbe:
      tcpSocket:
        port: 5672
      initialDelaySeconds: 10
      periodSeconds: 5
  - name: rabbitmq-exporter
    image: kbudde/rabbitmq-exporter:v1.0.0
    ports:
      - name: exporter
        containerPort: 9090
    resources:
      limits:
        cpu: 100m
        memory: 64Mi
      requests:
        cpu: 10m
        memory: 32Mi
${LINUX_NODE_SELECTOR}`;
  const exporterLabels = sockShopLabels(context, 'node-exporter', {
    'app.kubernetes.io/component': 'monitoring',
  });
  const exporterPod = `hostPID: true
containers:
  - name: node-exporter
    image: prom/node-exporter:v0.15.2
    args:
      - --path.procfs=/host/proc
      - --path.sysfs=/host/sys
    ports:
      - name: scrape
        containerPort: 9100
        hostPort: 9100
    resources:
      limits:
        cpu: 100m
        memory: 64Mi
      requests:
        cpu: 10m
        memory: 32Mi
    readinessProbe:
      httpGet:
        path: /metrics
        port: 9100
      periodSeconds: 5
    volumeMounts:
      - name: proc
        mountPath: /host/proc
        readOnly: true
      - name: sys
        mountPath: /host/sys
        readOnly: true
volumes:
  - name: proc
    hostPath:
      path: /proc
  - name: sys
    hostPath:
      path: /sys
${LINUX_NODE_SELECTOR}`;
  return yamlDocuments(
    javaServiceDeployment(context, 'queue-master', { productionReplicas: 1 }),
    httpService(context, 'queue-master'),
    statefulSet(context, 'rabbitmq', rabbitLabels, replicasFor(context, 3), rabbitPod),
    service(context, 'rabbitmq', rabbitLabels, [
      { name: 'rabbitmq', port: 5672, targetPort: 5672 },
      { name: 'exporter', port: 9090, targetPort: 'exporter' },
    ]),
    daemonSet(context, 'node-exporter', exporterLabels, exporterPod),
  );
}

export const queueMasterProcess: readonly StepDefinition[] = [
  kubernetesStep('queue-master-deploy', 'Deploy queue-master', manifests),
  notifySlackStep('queue-master'),
];
