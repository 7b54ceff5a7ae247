import type { HealthRule } from './health-rule';
import { health } from './health-status';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field under nested objects, or undefined when any step is missing or not an object. */
function nestedField(object: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let value: unknown = object;
  for (const key of path) {
    if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * networking.k8s.io/Ingress and extensions/Ingress: Healthy once the ingress controller has
 * published an address. gitops-engine reads the one list without converting the object, so a
 * malformed status reads as no address rather than as Unknown.
 */
export const ingressHealth: HealthRule = (object) => {
  const addresses = nestedField(object, ['status', 'loadBalancer', 'ingress']);
  return health(Array.isArray(addresses) && addresses.length > 0 ? 'Healthy' : 'Progressing');
};
