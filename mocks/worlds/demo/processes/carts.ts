/** carts: the shopping-cart service (Spring Boot) and its MongoDB. */
import { kubernetesStep, notifySlackStep, yamlDocuments } from './helpers';
import { httpService, javaServiceDeployment, mongoDatabase } from './sock-shop';
import type { ManifestContext, StepDefinition } from '../../process-step';

function manifests(context: ManifestContext): string {
  return yamlDocuments(
    javaServiceDeployment(context, 'carts', { productionReplicas: 2 }),
    httpService(context, 'carts'),
    ...mongoDatabase(context, 'carts-db'),
  );
}

export const cartsProcess: readonly StepDefinition[] = [
  kubernetesStep('carts-deploy', 'Deploy carts', manifests),
  notifySlackStep('carts'),
];
