import type { KubeObject } from '../types';

/**
 * For tests: an object as it may arrive from JSON, passed on as the KubeObject it claims to be
 * but may not fit (no metadata, fields of the wrong type, not an object at all).
 */
export function untypedObject(value: unknown): KubeObject {
  return value as KubeObject;
}
