import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../kubernetes/types';
import { hashString } from '../random';

/** Converts virtual times to the ISO timestamps objects carry. */
export type Timestamps = (virtualMs: number) => string;

/** Adds what the API server sets: uid, resourceVersion, generation, creationTimestamp. */
export function withServerMetadata(
  object: KubeObject,
  fields: {
    uid: string;
    createdAt: number;
    changedAt: number;
    generation?: number;
    ownerReferences?: OwnerReference[];
    extraLabels?: Record<string, string>;
    extraAnnotations?: Record<string, string>;
    generateName?: string;
  },
  iso: Timestamps,
): KubeObject {
  const { labels, annotations } = object.metadata;
  const metadata: ObjectMeta & { name: string } = {
    ...object.metadata,
    ...(fields.generateName === undefined ? {} : { generateName: fields.generateName }),
    uid: fields.uid,
    resourceVersion: String(
      100000 + (hashString(`${fields.uid}@${String(fields.changedAt)}`) % 9000000),
    ),
    ...(fields.generation === undefined ? {} : { generation: fields.generation }),
    creationTimestamp: iso(fields.createdAt),
    ...(fields.ownerReferences ? { ownerReferences: fields.ownerReferences } : {}),
    ...(fields.extraLabels ? { labels: { ...labels, ...fields.extraLabels } } : {}),
    ...(fields.extraAnnotations
      ? { annotations: { ...annotations, ...fields.extraAnnotations } }
      : {}),
  };
  return { ...object, metadata };
}

export function ownerReference(owner: KubeObject, uid: string): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** A stable IPv4 address for a named thing, inside the given prefix ("10.96" -> "10.96.x.y"). */
export function ipFor(prefix: string, ...names: readonly string[]): string {
  const hash = hashString(names.join('/'));
  const octets = prefix.split('.');
  for (let index = octets.length; index < 4; index++) {
    const byte = (hash >>> (8 * (3 - index))) & 0xff;
    // The last octet stays clear of network (0), gateway (1) and broadcast (255) addresses.
    octets.push(String(index === 3 ? 2 + (byte % 250) : byte));
  }
  return octets.join('.');
}
