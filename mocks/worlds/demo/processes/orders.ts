/** orders: the order service (Spring Boot) and its MongoDB. */
import { kubernetesStep, notifySlackStep, yamlDocuments } from './helpers';
import { httpService, javaServiceDeployment, mongoDatabase } from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

function manifests(context: ManifestContext): string {
  return yamlDocuments(
    javaServiceDeployment(context, 'orders', { productionReplicas: 2 }),
    httpService(context, 'orders'),
    ...mongoDatabase(context, 'orders-db'),
  );
}

export const ordersProcess: readonly StepDefinition[] = [
  kubernetesStep('orders-deploy', 'Deploy orders', manifests),
  notifySlackStep('orders'),
];
