/**
 * What the object drawer keeps in the URL besides which object is open (`?object=`, written by
 * the page that lists objects): its open tab, whether the manifest shows the diff, and whether
 * the diff shows the fields the cluster sets. Pages that close the drawer remove these too, so
 * the next drawer opens on its Summary.
 */
export const OBJECT_TAB_PARAM = 'objectTab';
export const OBJECT_DIFF_PARAM = 'objectDiff';
export const OBJECT_SERVER_FIELDS_PARAM = 'objectServerFields';

export const OBJECT_DRAWER_PARAMS = [
  OBJECT_TAB_PARAM,
  OBJECT_DIFF_PARAM,
  OBJECT_SERVER_FIELDS_PARAM,
] as const;

/** A copy of `params` without the drawer's own parameters. */
export function withoutObjectDrawerParams(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of OBJECT_DRAWER_PARAMS) next.delete(name);
  return next;
}
