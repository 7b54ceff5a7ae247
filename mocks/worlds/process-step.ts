import type { KubeObject } from '../kubernetes/types';

/** What a step's manifests are rendered with: one deployment of one release to one environment. */
export interface ManifestContext {
  /** Release version being deployed, e.g. "2.4.1"; use it as the image tag (and a label app.kubernetes.io/version). */
  version: string;
  /** Environment slug: development | test | staging | production. */
  environment: string;
  /** Kubernetes namespace for this project in this environment, e.g. "sock-shop-production". */
  namespace: string;
  /** Tenant slug for tenanted projects (customer-portal), else null. Use it in names/hosts/namespace where natural. */
  tenant: string | null;
}

/** One step of a project's deployment process. */
export interface StepDefinition {
  /** Stable id, e.g. "front-end-deploy" (unique within the project). */
  actionId: string;
  /** As shown in the task log, e.g. "Deploy front-end". */
  name: string;
  /** 'KubernetesYaml' applies `manifests`; 'Script' is a script step (no objects, not monitored). */
  type: 'KubernetesYaml' | 'Script';
  /** Whether "Check that Kubernetes objects are running successfully" is on. */
  verifiesObjects: boolean;
  /** Step timeout in seconds, null = none. */
  timeoutSeconds: number | null;
  /** Status stabilization period in seconds. */
  stabilizationSeconds: number;
  /** Multi-document YAML applied by the step ("---" separated); null for Script steps. */
  manifests: ((context: ManifestContext) => string) | null;
}

/** A process step as the simulation runs it: the demo's YAML steps, or generated objects. */
export interface ProcessStep extends StepDefinition {
  /** A fast path for generated worlds: the step's objects without going through YAML. */
  objects?: (context: ManifestContext) => KubeObject[];
}
