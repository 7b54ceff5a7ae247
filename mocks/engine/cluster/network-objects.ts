import type { KubeObjectOf } from '../../kubernetes/types';
import type { TimeProbe } from '../time-probe';
import { seconds } from '../timeline';
import { ownsNothing, type AppliedObject, type BuiltObject } from './applied-object';
import { ipFor, type Timestamps } from './object-meta';

/** A Service gets its cluster IP at once; a LoadBalancer its external address 5 s later. */
export function buildService(
  object: AppliedObject<KubeObjectOf<'Service'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, identity, appliedAt } = object;
  const type = desired.spec?.type ?? 'ClusterIP';
  const clusterIP = ipFor('10.96', identity, desired.metadata.name);
  const balanced = type === 'LoadBalancer' && probe.reached(appliedAt + seconds(5));
  const live = {
    ...desired,
    spec: {
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ...desired.spec,
      type,
      clusterIP,
      clusterIPs: [clusterIP],
    },
    status: {
      loadBalancer: balanced
        ? { ingress: [{ ip: ipFor('203.0.113', identity, desired.metadata.name) }] }
        : {},
    },
  };
  return ownsNothing(object, live, balanced ? appliedAt + seconds(5) : appliedAt, iso);
}

/** An Ingress: the ingress controller assigns its address 3 s after the apply. */
export function buildIngress(
  object: AppliedObject<KubeObjectOf<'Ingress'>>,
  probe: TimeProbe,
  iso: Timestamps,
): BuiltObject {
  const { desired, identity, appliedAt } = object;
  const assignedAt = appliedAt + seconds(3);
  const assigned = probe.reached(assignedAt);
  const live = {
    ...desired,
    status: {
      loadBalancer: assigned ? { ingress: [{ ip: ipFor('203.0.113', identity, 'ingress') }] } : {},
    },
  };
  return ownsNothing(object, live, assigned ? assignedAt : appliedAt, iso, 1);
}
