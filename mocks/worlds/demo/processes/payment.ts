/**
 * payment: the payment service (Go). It fakes a card processor: two replicas in Production, one
 * elsewhere (so comparing Staging with Production shows the replicas beside the release).
 */
import {
  deployment,
  indent,
  kubernetesStep,
  replicasFor,
  scriptStep,
  yamlDocuments,
} from './helpers';
import {
  LINUX_NODE_SELECTOR,
  SERVICE_SECURITY_CONTEXT,
  httpProbes,
  httpService,
  sockShopLabels,
} from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

function manifests(context: ManifestContext): string {
  const podSpec = `containers:
  - name: payment
    image: weaveworksdemos/payment:${context.version}
    env:
      - name: DECLINE_AMOUNT
        value: "105"
    resources:
      limits:
        cpu: 200m
        memory: 200Mi
      requests:
        cpu: 99m
        memory: 100Mi
    ports:
      - name: http
        containerPort: 80
${indent(SERVICE_SECURITY_CONTEXT, 4)}
${indent(httpProbes('/health', 80, 10), 4)}
${LINUX_NODE_SELECTOR}`;
  return yamlDocuments(
    deployment(
      context,
      'payment',
      sockShopLabels(context, 'payment'),
      replicasFor(context, 2),
      podSpec,
    ),
    httpService(context, 'payment'),
  );
}

export const paymentProcess: readonly StepDefinition[] = [
  kubernetesStep('payment-deploy', 'Deploy payment', manifests),
  scriptStep('payment-notify-payments-team', 'Notify payments team'),
];
