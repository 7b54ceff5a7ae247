/**
 * nightly-reports: a batch job building the previous day's sales reports at 02:00. Suspended in
 * production, where the reports still come from legacy-billing.
 */
import {
  configMap,
  kubernetesStep,
  metadata,
  notifySlackStep,
  standardLabels,
  yamlDocuments,
} from './helpers';
import type { ManifestContext, StepDefinition } from '../../process-step';

const APP = 'nightly-reports';

function manifests(context: ManifestContext): string {
  const labels = standardLabels(context, APP, APP);
  const cronJob = `apiVersion: batch/v1
kind: CronJob
${metadata(context, APP, labels)}
spec:
  schedule: "0 2 * * *"
  timeZone: Etc/UTC
  suspend: ${context.environment === 'production' ? 'true' : 'false'}
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 3600
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 3
  jobTemplate:
    metadata:
      labels:
        name: ${APP}
        app.kubernetes.io/part-of: ${APP}
    spec:
      backoffLimit: 2
      activeDeadlineSeconds: 3600
      template:
        metadata:
          labels:
            name: ${APP}
            app.kubernetes.io/part-of: ${APP}
        spec:
          restartPolicy: OnFailure
          containers:
            - name: ${APP}
              image: ghcr.io/example-org/nightly-reports:${context.version}
              args:
                - --config=/etc/nightly-reports/reports.yaml
                - --date=yesterday
              envFrom:
                - configMapRef:
                    name: nightly-reports-config
              resources:
                limits:
                  cpu: "1"
                  memory: 1Gi
                requests:
                  cpu: 250m
                  memory: 512Mi
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
              volumeMounts:
                - name: config
                  mountPath: /etc/nightly-reports
                  readOnly: true
                - name: scratch
                  mountPath: /tmp
          volumes:
            - name: config
              configMap:
                name: nightly-reports-config
                items:
                  - key: reports.yaml
                    path: reports.yaml
            - name: scratch
              emptyDir: {}`;
  return yamlDocuments(
    configMap(
      context,
      'nightly-reports-config',
      standardLabels(context, APP, APP, { name: 'nightly-reports-config' }),
      {
        REPORT_BUCKET: `s3://example-reports-${context.environment}/daily`,
        REPORT_TIMEZONE: 'Etc/UTC',
        ORDERS_API: `http://orders.sock-shop-${context.environment}.svc.cluster.local`,
        'reports.yaml': [
          'reports:',
          '  - name: daily-sales',
          '    format: csv',
          '  - name: abandoned-carts',
          '    format: csv',
          '  - name: shipping-sla',
          '    format: pdf',
          `environment: ${context.environment}`,
        ].join('\n'),
      },
    ),
    cronJob,
  );
}

export const nightlyReportsProcess: readonly StepDefinition[] = [
  kubernetesStep('nightly-reports-deploy', 'Deploy nightly reports', manifests),
  notifySlackStep('nightly-reports'),
];
