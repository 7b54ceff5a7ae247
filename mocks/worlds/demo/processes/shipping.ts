/** shipping: the shipping service (Spring Boot), configured by a ConfigMap applied first. */
import { configMap, kubernetesStep, notifySlackStep, yamlDocuments } from './helpers';
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
    javaServiceDeployment(context, 'shipping', { productionReplicas: 2, extraEnv }),
    httpService(context, 'shipping'),
  );
}

export const shippingProcess: readonly StepDefinition[] = [
  kubernetesStep('shipping-config', 'Deploy shipping config', config),
  kubernetesStep('shipping-deploy', 'Deploy shipping', workload),
  notifySlackStep('shipping'),
];
