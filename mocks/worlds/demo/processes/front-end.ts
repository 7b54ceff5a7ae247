/** front-end: the Sock Shop web UI (Node.js), its configuration, and a post-deploy smoke test. */
import {
  configMap,
  deployment,
  indent,
  kubernetesStep,
  metadata,
  opaqueSecret,
  replicasFor,
  service,
  yamlDocuments,
} from './helpers';
import { LINUX_NODE_SELECTOR, sockShopLabels } from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

const APP = 'front-end';
const STEP_OPTIONS = { timeoutSeconds: 180, stabilizationSeconds: 5 } as const;

function config(context: ManifestContext): string {
  return yamlDocuments(
    configMap(
      context,
      'front-end-config',
      sockShopLabels(context, APP, { name: 'front-end-config' }),
      {
        NODE_ENV: context.environment === 'production' ? 'production' : 'development',
        SESSION_REDIS: 'false',
        'config.json': [
          '{',
          `  "environment": "${context.environment}",`,
          '  "catalogueUrl": "http://catalogue",',
          '  "cartsUrl": "http://carts/carts",',
          '  "ordersUrl": "http://orders",',
          '  "userUrl": "http://user",',
          `  "analytics": ${context.environment === 'production' ? 'true' : 'false'}`,
          '}',
        ].join('\n'),
      },
    ),
    opaqueSecret(
      context,
      'front-end-session',
      sockShopLabels(context, APP, { name: 'front-end-session' }),
      {
        'session-secret': `sooper-secret-${context.environment}-session`,
        'cookie-key': `md.sid-${context.environment}-0b6f1c`,
      },
    ),
  );
}

function workload(context: ManifestContext): string {
  const labels = sockShopLabels(context, APP);
  const podSpec = `containers:
  - name: front-end
    image: weaveworksdemos/front-end:${context.version}
    ports:
      - name: http
        containerPort: 8079
    env:
      - name: SESSION_SECRET
        valueFrom:
          secretKeyRef:
            name: front-end-session
            key: session-secret
      - name: COOKIE_KEY
        valueFrom:
          secretKeyRef:
            name: front-end-session
            key: cookie-key
      - name: NODE_ENV
        valueFrom:
          configMapKeyRef:
            name: front-end-config
            key: NODE_ENV
      - name: SESSION_REDIS
        valueFrom:
          configMapKeyRef:
            name: front-end-config
            key: SESSION_REDIS
    resources:
      limits:
        cpu: 300m
        memory: 1000Mi
      requests:
        cpu: 100m
        memory: 300Mi
    securityContext:
      runAsNonRoot: true
      runAsUser: 10001
      capabilities:
        drop:
          - ALL
      readOnlyRootFilesystem: true
    readinessProbe:
      httpGet:
        path: /
        port: 8079
      initialDelaySeconds: 10
      periodSeconds: 3
    livenessProbe:
      httpGet:
        path: /
        port: 8079
      initialDelaySeconds: 60
      periodSeconds: 3
    volumeMounts:
      - name: config
        mountPath: /usr/src/app/config
        readOnly: true
volumes:
  - name: config
    configMap:
      name: front-end-config
      items:
        - key: config.json
          path: config.json
${LINUX_NODE_SELECTOR}`;
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
${metadata(context, APP, labels)}
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
  rules:
    - host: shop.${context.environment}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: front-end
                port:
                  number: 80`;
  return yamlDocuments(
    deployment(context, APP, labels, replicasFor(context, 3), podSpec),
    service(context, APP, labels, [{ name: 'http', port: 80, targetPort: 8079 }]),
    ingress,
  );
}

function smokeTest(context: ManifestContext): string {
  const labels = sockShopLabels(context, APP, {
    name: 'front-end-smoke-test',
    'app.kubernetes.io/component': 'smoke-test',
  });
  const url = `http://front-end.${context.namespace}.svc.cluster.local/`;
  return yamlDocuments(`apiVersion: batch/v1
kind: Job
${metadata(context, 'front-end-smoke-test', labels)}
spec:
  backoffLimit: 0
  activeDeadlineSeconds: 120
  template:
    metadata:
      labels:
${indent(`name: front-end-smoke-test\napp.kubernetes.io/part-of: sock-shop`, 8)}
    spec:
      restartPolicy: Never
      containers:
        - name: smoke-test
          image: curlimages/curl:8.8.0
          command:
            - curl
          args:
            - --fail
            - --silent
            - --show-error
            - --retry
            - "5"
            - --retry-connrefused
            - --output
            - /dev/null
            - ${url}
          resources:
            limits:
              cpu: 100m
              memory: 64Mi
            requests:
              cpu: 10m
              memory: 16Mi
          securityContext:
            runAsNonRoot: true
            runAsUser: 100
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true`);
}

export const frontEndProcess: readonly StepDefinition[] = [
  kubernetesStep('front-end-config', 'Deploy front-end config', config, STEP_OPTIONS),
  kubernetesStep('front-end-deploy', 'Deploy front-end', workload, STEP_OPTIONS),
  kubernetesStep('front-end-smoke-test', 'Run smoke tests', smokeTest, STEP_OPTIONS),
];
