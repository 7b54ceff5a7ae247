import {
  faArrowLeft,
  faArrowRight,
  faCircleNotch,
  faCodeCompare,
  faEquals,
  faNotEqual,
  faTriangleExclamation,
  faUpDown,
} from '@fortawesome/free-solid-svg-icons';
import type { StatusDefinition } from '../../../components/status';
import type { ManifestComparison, ManifestStatus, Presence } from './comparison-rows';

/** The sides' names, as the page's heading has them ("Production", "Initech in Production"). */
export interface SideLabels {
  left: string;
  right: string;
}

type Definer<Value> = (value: Value, labels: SideLabels) => StatusDefinition;

/** Whether a kind and name is on both sides, as icon and words. */
const presenceDefiners: Record<Presence, Definer<Presence>> = {
  both: () => ({
    label: 'Both',
    icon: faUpDown,
    tone: 'neutral',
    description: 'Deployed on both sides',
  }),
  left: (_presence, { left }) => ({
    label: `Only in ${left}`,
    icon: faArrowLeft,
    tone: 'out-of-sync',
    description: `Deployed in ${left} only`,
  }),
  right: (_presence, { right }) => ({
    label: `Only in ${right}`,
    icon: faArrowRight,
    tone: 'out-of-sync',
    description: `Deployed in ${right} only`,
  }),
};

export function presenceDefinition(presence: Presence, labels: SideLabels): StatusDefinition {
  return presenceDefiners[presence](presence, labels);
}

function fields(count: number): string {
  return `${String(count)} ${count === 1 ? 'field' : 'fields'}`;
}

/** What comparing the applied manifests found, as icon and words. */
const manifestDefiners: {
  [Status in ManifestStatus]: Definer<Extract<ManifestComparison, { status: Status }>>;
} = {
  'one-side': () => ({
    label: 'Only one side',
    icon: faCodeCompare,
    tone: 'neutral',
    description: 'Applied on one side only: there is nothing to compare it with',
  }),
  checking: () => ({
    label: 'Checking…',
    icon: faCircleNotch,
    spin: true,
    tone: 'progressing',
    description: 'The applied manifests are being read and compared',
  }),
  same: () => ({
    label: 'Same',
    icon: faEquals,
    tone: 'healthy',
    description: 'The applied manifests are the same, once each side’s own values are set aside',
  }),
  differ: ({ differences }) => ({
    label: `Differ (${fields(differences.length)})`,
    icon: faNotEqual,
    tone: 'out-of-sync',
    description: `${fields(differences.length)} of the applied manifests differ, once each side’s own values (namespace, environment names) are set aside`,
  }),
  failed: ({ reason }) => ({
    label: 'Could not be compared',
    icon: faTriangleExclamation,
    tone: 'degraded',
    description: `Could not be compared: ${reason}`,
  }),
};

export function manifestDefinition(
  comparison: ManifestComparison,
  labels: SideLabels,
): StatusDefinition {
  switch (comparison.status) {
    case 'one-side':
      return manifestDefiners['one-side'](comparison, labels);
    case 'checking':
      return manifestDefiners.checking(comparison, labels);
    case 'same':
      return manifestDefiners.same(comparison, labels);
    case 'differ':
      return manifestDefiners.differ(comparison, labels);
    case 'failed':
      return manifestDefiners.failed(comparison, labels);
  }
}
