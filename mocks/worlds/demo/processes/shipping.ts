/** shipping: the shipping service (Spring Boot), configured by a ConfigMap applied first. */
import {
  configMap,
  isReleaseAtLeast,
  kubernetesStep,
  notifySlackStep,
  yamlDocuments,
} from './helpers';
import { httpService, javaServiceDeployment, sockShopLabels } from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

function config(context: ManifestContext): string {
  return yamlDocuments(
    configMap(
      context,
      'shipping-config',
      sockShopLabels(context, 'shipping', { name: 'shipping-config' }),
      {
        RABBITMQ_HOST: 'rabbitmq',
        SHIPPING_QUEUE: 'shipping-task',
        DEFAULT_CARRIER: context.environment === 'production' ? 'royal-mail' : 'sandbox',
        'application.properties': [
          'spring.rabbitmq.host=rabbitmq',
          'spring.rabbitmq.port=5672',
          'endpoints.health.sensitive=false',
          `shipping.environment=${context.environment}`,
        ].join('\n'),
      },
    ),
  );
}

/**
 * Release 0.4.8 took its pod spec from upstream's complete-demo.yaml again, node selector and all:
 * it selects Linux nodes by `beta.kubernetes.io/os`, deprecated since Kubernetes 1.14. The nodes
 * still carry the label, so the Pods schedule as before, but every apply draws a warning.
 */
const UPSTREAM_NODE_SELECTOR_SINCE = '0.4.8';
const UPSTREAM_NODE_SELECTOR = `nodeSelector:
  beta.kubernetes.io/os: linux`;

function workload(context: ManifestContext): string {
  const extraEnv = ['RABBITMQ_HOST', 'SHIPPING_QUEUE', 'DEFAULT_CARRIER']
    .map(
      (key) => `- name: ${key}
  valueFrom:
    configMapKeyRef:
      name: shipping-config
      key: ${key}`,
    )
    .join('\n');
  return yamlDocuments(
    javaServiceDeployment(context, 'shipping', {
      productionReplicas: 2,
      extraEnv,
      ...(isReleaseAtLeast(context.version, UPSTREAM_NODE_SELECTOR_SINCE)
        ? { nodeSelector: UPSTREAM_NODE_SELECTOR }
        : {}),
    }),
    httpService(context, 'shipping'),
  );
}

export const shippingProcess: readonly StepDefinition[] = [
  kubernetesStep('shipping-config', 'Deploy shipping config', config),
  kubernetesStep('shipping-deploy', 'Deploy shipping', workload),
  notifySlackStep('shipping'),
];
