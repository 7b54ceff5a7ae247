import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../kubernetes/types';
import type { ManifestContext, ProcessStep } from '../worlds/process-step';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the parts of a parsed document every Kubernetes object has, and narrows to KubeObject. */
export function toKubeObject(document: unknown, where: string): KubeObject {
  if (!isRecord(document)) throw new Error(`${where}: a manifest document is not a mapping`);
  const { apiVersion, kind, metadata } = document;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    throw new Error(`${where}: a manifest document has no apiVersion or kind`);
  }
  if (!isRecord(metadata) || typeof metadata.name !== 'string') {
    throw new Error(`${where}: a ${kind} has no metadata.name`);
  }
  return { ...document, apiVersion, kind, metadata: { ...metadata, name: metadata.name } };
}

/** Parses multi-document YAML into Kubernetes objects, failing loudly on a malformed manifest. */
export function parseManifests(yamlText: string, where: string): KubeObject[] {
  return parseAllDocuments(yamlText).flatMap((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${where}: ${document.errors.map((error) => error.message).join('; ')}`);
    }
    const value: unknown = document.toJS();
    return value === null ? [] : [toKubeObject(value, where)];
  });
}

const cache = new Map<string, readonly KubeObject[]>();

/** The objects a step applies in a context. Cached: manifests are a pure function of context. */
export function desiredObjects(
  projectSlug: string,
  step: ProcessStep,
  context: ManifestContext,
): readonly KubeObject[] {
  const key = `${projectSlug}|${step.actionId}|${context.version}|${context.environment}|${context.namespace}|${context.tenant ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let objects: KubeObject[] = [];
  if (step.objects) objects = step.objects(context);
  else if (step.manifests)
    objects = parseManifests(step.manifests(context), `${projectSlug}/${step.actionId}`);
  cache.set(key, objects);
  return objects;
}

/** What names an object in a namespace: two manifests with the same key are the same object. */
export function objectKey(object: KubeObject): string {
  return `${object.apiVersion.split('/').slice(0, -1).join('/')}|${object.kind}|${object.metadata.namespace ?? ''}|${object.metadata.name}`;
}

const droppedCache = new Map<string, readonly KubeObject[]>();

/**
 * The objects a step applies in `context` that it no longer applies at release `laterVersion`
 * (same environment, namespace and tenant): what a later deployment leaves behind. Cached.
 */
export function droppedObjects(
  projectSlug: string,
  step: ProcessStep,
  context: ManifestContext,
  laterVersion: string,
): readonly KubeObject[] {
  if (context.version === laterVersion) return [];
  const key = `${projectSlug}|${step.actionId}|${context.version}>${laterVersion}|${context.environment}|${context.namespace}|${context.tenant ?? ''}`;
  const cached = droppedCache.get(key);
  if (cached) return cached;
  const later = new Set(
    desiredObjects(projectSlug, step, { ...context, version: laterVersion }).map(objectKey),
  );
  const dropped = desiredObjects(projectSlug, step, context).filter(
    (object) => !later.has(objectKey(object)),
  );
  droppedCache.set(key, dropped);
  return dropped;
}
