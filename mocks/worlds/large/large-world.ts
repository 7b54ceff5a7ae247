import { randomFor } from '../../engine/random';
import { days, hours, minutes, seconds } from '../../engine/timeline';
import type { ProcessStep } from '../process-step';
import {
  applicationKey,
  type Incident,
  type World,
  type WorldEnvironment,
  type WorldMachine,
  type WorldProject,
  type WorldRelease,
} from '../world';
import {
  materializeApplications,
  type ApplicationPlan,
  type DeploymentPlan,
} from '../world-builder';
import {
  deploymentObject,
  configMapObject,
  generatedStep,
  hugeRoutesConfig,
  serviceObject,
} from './large-world-objects';

const environmentNames = [
  'Development',
  'Test',
  'QA',
  'Integration',
  'UAT',
  'Staging',
  'Pre-production',
  'Production EU',
  'Production US',
  'Production APAC',
] as const;
type EnvironmentName = (typeof environmentNames)[number];
const groupNames = [
  'Platform',
  'Payments',
  'Identity',
  'Search',
  'Checkout',
  'Catalog',
  'Messaging',
  'Analytics',
  'Mobile',
  'Partners',
  'Logistics',
  'Billing',
  'Support',
  'Growth',
  'Data',
  'Security',
  'Media',
  'Pricing',
  'Inventory',
  'Notifications',
];
const nouns = [
  'api',
  'worker',
  'gateway',
  'scheduler',
  'indexer',
  'service',
  'consumer',
  'publisher',
  'cache',
  'router',
  'sync',
  'importer',
  'exporter',
  'renderer',
  'resolver',
  'auditor',
  'tracker',
  'broker',
  'proxy',
  'engine',
  'store',
  'hub',
  'agent',
  'reporter',
  'validator',
];

const PROJECTS = 500;
const FLEET_DEPLOYMENTS = 1000;
const PIPELINE_STEPS = 20;
const FLEET_PROJECT = 'fleet-controller';
const PIPELINE_PROJECT = 'batch-pipeline';
const EDGE_PROJECT = 'edge-router';

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function standardSteps(name: string) {
  return [
    generatedStep(`${name}-deploy`, `Deploy ${name}`, (context) => [
      configMapObject(
        `${name}-config`,
        { LOG_LEVEL: 'info', ENVIRONMENT: context.environment },
        context,
      ),
      deploymentObject(name, 2, context),
      serviceObject(name, context),
    ]),
  ];
}

/**
 * The application with 5,000 objects: 1,000 Deployments, each with a ReplicaSet and 3 Pods. They
 * keep no old ReplicaSets (`revisionHistoryLimit: 0`), so the count stays 5,000 after a rollout.
 */
function fleetSteps(deployments: number) {
  return [
    generatedStep(`${FLEET_PROJECT}-deploy`, 'Deploy the fleet', (context) =>
      Array.from({ length: deployments }, (_, index) =>
        deploymentObject(`fleet-${String(index).padStart(4, '0')}`, 3, context, 0),
      ),
    ),
  ];
}

/** The deployment with 20 steps of 250 objects (150 applied, 100 children) each. */
function pipelineSteps(steps: number) {
  return Array.from({ length: steps }, (_, step) => {
    const stage = `stage-${String(step + 1).padStart(2, '0')}`;
    return generatedStep(`${PIPELINE_PROJECT}-${stage}`, `Deploy pipeline ${stage}`, (context) =>
      Array.from({ length: 50 }, (_, index) => {
        const name = `${stage}-job-${String(index).padStart(2, '0')}`;
        return [
          configMapObject(`${name}-config`, { STAGE: stage, INDEX: String(index) }, context),
          deploymentObject(name, 1, context),
          serviceObject(name, context),
        ];
      }).flat(),
    );
  });
}

function edgeSteps(scale: number) {
  return [
    generatedStep(`${EDGE_PROJECT}-deploy`, `Deploy ${EDGE_PROJECT}`, (context) => [
      hugeRoutesConfig(context, scale),
      deploymentObject(EDGE_PROJECT, 3, context),
      serviceObject(EDGE_PROJECT, context),
    ]),
  ];
}

/** A heavy project: deployed to one environment (or a few), with steps sized by the world's scale. */
interface SpecialProject {
  /** The environment it lives in. */
  home: EnvironmentName;
  /** Other environments it is deployed to, each a full copy: for comparing environments. */
  alsoIn?: readonly EnvironmentName[];
  steps: (scale: number) => ProcessStep[];
  /** A deployment queued after the routine ones. */
  extraDeployment?: DeploymentPlan;
}

/** The heavy projects, the first in the project list, in this order. */
export const specialProjects: Readonly<Record<string, SpecialProject>> = {
  // Also in Production US, an older release: comparing the two compares 1,000 Deployments.
  [FLEET_PROJECT]: {
    home: 'Production EU',
    alsoIn: ['Production US'],
    steps: (scale) => fleetSteps(scaled(FLEET_DEPLOYMENTS, scale)),
  },
  // Running now: 20 steps of 50 Deployments, each Pod 20 s to boot.
  [PIPELINE_PROJECT]: {
    home: 'Staging',
    steps: (scale) => pipelineSteps(scaled(PIPELINE_STEPS, scale)),
    extraDeployment: {
      releaseIndex: 2,
      queuedAt: -seconds(40),
      startedAt: -seconds(30),
      podBootSeconds: 20,
      podStaggerSeconds: 1,
    },
  },
  [EDGE_PROJECT]: { home: 'Production EU', steps: edgeSteps },
};
const specials = new Map(Object.entries(specialProjects));
const specialNames = [...specials.keys()];

export interface LargeWorldOptions {
  /**
   * The size, for seeing how time and memory grow with it (1 by default: the world as described
   * above). It multiplies the number of projects, the fleet's Deployments, the pipeline's steps
   * and the huge manifest's lines, each rounded and kept at least 1.
   */
  scale?: number;
}

/** `count` times `scale`, rounded, and never less than one. */
export function scaled(count: number, scale: number): number {
  return Math.max(1, Math.round(count * scale));
}

/** 500 projects x 10 environments, for measuring: most things healthy, some of everything else. */
export function createLargeWorld(seed = 7, options: LargeWorldOptions = {}): World {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) throw new Error('The scale must be more than 0.');
  const environments: WorldEnvironment[] = environmentNames.map((name, index) => ({
    id: `Environments-${String(index + 1)}`,
    name,
    slug: slugOf(name),
  }));
  const projectGroups = groupNames.map((name, index) => ({
    id: `ProjectGroups-${String(index + 1)}`,
    name,
  }));
  const machines: WorldMachine[] = environments.map((environment, index) => ({
    id: `Machines-${String(index + 1)}`,
    name: `${environment.slug}-cluster`,
    environmentId: environment.id,
    monitor: { kind: 'connected' },
  }));

  const projects: WorldProject[] = [];
  const releases: WorldRelease[] = [];
  const projectCount = scaled(PROJECTS, scale);
  for (let index = 0; index < projectCount; index++) {
    const group = projectGroups[index % projectGroups.length];
    if (!group) continue;
    const name =
      specialNames[index] ??
      `${slugOf(group.name)}-${nouns[Math.floor(index / projectGroups.length) % nouns.length] ?? 'svc'}`;
    const id = `Projects-${String(index + 1)}`;
    projects.push({
      id,
      name,
      slug: name,
      projectGroupId: group.id,
      tenanted: false,
      steps: specials.get(name)?.steps(scale) ?? standardSteps(name),
    });
    for (let release = 0; release < 3; release++) {
      releases.push({
        id: `Releases-${String(index * 3 + release + 1)}`,
        projectId: id,
        version: `1.${String(index % 40)}.${String(release)}`,
        assembledAt: -days(9 - release * 3),
      });
    }
  }
  const releasesOf = (projectId: string) =>
    releases.filter((release) => release.projectId === projectId);
  const releasesByProject = new Map(
    projects.map((project) => [project.id, releasesOf(project.id)]),
  );

  const plans: ApplicationPlan[] = [];
  for (const project of projects) {
    const projectReleases = releasesByProject.get(project.id) ?? [];
    environments.forEach((environment, environmentIndex) => {
      const key = applicationKey(project.id, environment.id, null);
      const random = randomFor(seed, key);
      const roll = random();
      const special = specials.get(project.name);
      // The heavy projects live in their own environments; the rest everywhere, with gaps.
      const specialHere =
        special !== undefined &&
        [special.home, ...(special.alsoIn ?? [])].some((name) => name === environment.name);
      if (special && !specialHere) return;
      if (!special && roll < 0.03) return;
      const latest = Math.max(0, 2 - Math.floor(environmentIndex / 4));
      const deployments: DeploymentPlan[] = [];
      for (let release = 0; release <= latest; release++) {
        const assembled = projectReleases[release]?.assembledAt ?? 0;
        deployments.push({
          releaseIndex: release,
          queuedAt:
            assembled + hours(1 + environmentIndex * 3) + minutes(Math.floor(random() * 120)),
        });
      }
      const incidents: Incident[] = [];
      if (special) {
        if (special.extraDeployment) deployments.push(special.extraDeployment);
      } else {
        const name = project.name;
        if (roll < 0.06)
          incidents.push({
            kind: 'rollout-restart',
            at: -minutes(20 + Math.floor(random() * 60)),
            deployment: name,
            podBehaviour: {
              kind: 'crash-loop',
              exitCode: 1,
              reason: 'Error',
              logTail: 'panic: runtime error: invalid memory address or nil pointer dereference',
            },
          });
        else if (roll < 0.08)
          incidents.push({ kind: 'scale', at: -hours(3), deployment: name, replicas: 4 });
        else if (roll < 0.09)
          incidents.push({ kind: 'delete', at: -hours(1), objectKind: 'Service', name });
        else if (roll < 0.11)
          deployments.push({
            releaseIndex: Math.min(2, latest + 1),
            queuedAt: -minutes(30),
            podBehaviour: { kind: 'image-pull-backoff' },
          });
        else if (roll < 0.13)
          deployments.push({
            releaseIndex: Math.min(2, latest + 1),
            queuedAt: -seconds(Math.floor(random() * 40)),
            podBootSeconds: 30 + Math.floor(random() * 90),
            podStaggerSeconds: 10,
          });
      }
      plans.push({
        projectId: project.id,
        environmentId: environment.id,
        tenantId: null,
        namespace: `${project.name}-${environment.slug}`,
        machineIds: [machines[environmentIndex]?.id ?? 'Machines-1'],
        deployments,
        incidents,
      });
    });
  }

  return {
    name: 'large',
    seed,
    space: { id: 'Spaces-1', name: 'Default' },
    environments,
    projectGroups,
    projects,
    tenants: [],
    machines,
    releases,
    applications: materializeApplications(
      plans,
      (id) => releasesByProject.get(id) ?? [],
      (plan) => applicationKey(plan.projectId, plan.environmentId, plan.tenantId),
    ),
  };
}
