/**
 * The open object drawer, in the URL: `?object=<machineId>:<resourceId>`, where the resource id
 * is the object's DesiredResourceId (top-level, applied objects) or its ResourceId (children,
 * addressed by their Kubernetes UID). Any page that lists objects links with `objectSearch`, and
 * the drawer reads the same parameter back with `parseObjectRef`, so an open drawer survives a
 * reload and can be shared.
 */
export const OBJECT_SEARCH_PARAM = 'object';

/** One live Kubernetes object of an application: what the object endpoints are addressed by. */
export interface ObjectRef {
  machineId: string;
  resourceId: string;
}

/** `Machines-4:9f9b6450-…`: the parameter's value, and a key unique within an application. */
export function formatObjectRef({ machineId, resourceId }: ObjectRef): string {
  return `${machineId}:${resourceId}`;
}

/** Reads the parameter's value; null when absent or not of the form `machine:resource`. */
export function parseObjectRef(value: string | null | undefined): ObjectRef | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) return null;
  return { machineId: value.slice(0, colon), resourceId: value.slice(colon + 1) };
}

/**
 * The search string (`?…`) of the current URL with the object parameter set to `ref`, or removed
 * with null. Every other parameter (filters, `world`, `scenario`) is kept.
 */
export function objectSearch(current: URLSearchParams | string, ref: ObjectRef | null): string {
  const next = new URLSearchParams(current);
  if (ref === null) next.delete(OBJECT_SEARCH_PARAM);
  else next.set(OBJECT_SEARCH_PARAM, formatObjectRef(ref));
  const text = next.toString();
  return text === '' ? '' : `?${text}`;
}
