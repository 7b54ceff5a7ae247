/**
 * customer-portal: a tenanted web app, one copy per customer (tenant) and environment, each with
 * its own database credentials and host name.
 */
import {
  deployment,
  kubernetesStep,
  metadata,
  opaqueSecret,
  replicasFor,
  scriptStep,
  service,
  standardLabels,
  yamlDocuments,
} from './helpers';
import type { ManifestContext, StepDefinition } from '../../process-step';

const APP = 'customer-portal';
/** Used only if the project is ever deployed without a tenant. */
const UNTENANTED = 'default';

function tenantOf(context: ManifestContext): string {
  return context.tenant ?? UNTENANTED;
}

function labels(context: ManifestContext, name: string = APP): Record<string, string> {
  const tenant = tenantOf(context);
  return standardLabels(context, APP, APP, {
    name,
    'app.kubernetes.io/instance': `${APP}-${tenant}`,
    tenant,
  });
}

function secrets(context: ManifestContext): string {
  const tenant = tenantOf(context);
  const database = `portal_${tenant.replaceAll('-', '_')}`;
  const password = `${tenant}-${context.environment}-Zq7mW2pX`;
  return yamlDocuments(
    opaqueSecret(context, 'customer-portal-db', labels(context, 'customer-portal-db'), {
      'connection-string': `postgresql://${database}:${password}@portal-db.${context.environment}.example.internal:5432/${database}?sslmode=require`,
      password,
    }),
  );
}

function workload(context: ManifestContext): string {
  const tenant = tenantOf(context);
  const objectLabels = labels(context);
  const podSpec = `containers:
  - name: customer-portal
    image: ghcr.io/example-org/customer-portal:${context.version}
    env:
      - name: TENANT
        value: ${tenant}
      - name: ENVIRONMENT
        value: ${context.environment}
      - name: PUBLIC_URL
        value: https://${tenant}.portal.example.com
      - name: DATABASE_URL
        valueFrom:
          secretKeyRef:
            name: customer-portal-db
            key: connection-string
    ports:
      - name: http
        containerPort: 8080
    resources:
      limits:
        cpu: 500m
        memory: 512Mi
      requests:
        cpu: 100m
        memory: 256Mi
    securityContext:
      runAsNonRoot: true
      runAsUser: 10001
      allowPrivilegeEscalation: false
      capabilities:
        drop:
          - ALL
      readOnlyRootFilesystem: true
    readinessProbe:
      httpGet:
        path: /readyz
        port: 8080
      initialDelaySeconds: 5
      periodSeconds: 5
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
      initialDelaySeconds: 30
      periodSeconds: 10
    volumeMounts:
      - name: tmp
        mountPath: /tmp
volumes:
  - name: tmp
    emptyDir: {}`;
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
${metadata(context, APP, objectLabels)}
spec:
  ingressClassName: nginx
  rules:
    - host: ${tenant}.portal.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: customer-portal
                port:
                  number: 80`;
  return yamlDocuments(
    deployment(context, APP, objectLabels, replicasFor(context, 2), podSpec),
    service(context, APP, objectLabels, [{ name: 'http', port: 80, targetPort: 'http' }]),
    ingress,
  );
}

export const customerPortalProcess: readonly StepDefinition[] = [
  kubernetesStep('customer-portal-secrets', 'Deploy customer portal secrets', secrets),
  kubernetesStep('customer-portal-deploy', 'Deploy customer portal', workload),
  scriptStep('customer-portal-notify-tenant', 'Send release notes to tenant'),
];
