/**
 * Health of live Kubernetes objects: the one entry point, `objectHealth`. The rules are a port of
 * Argo CD's gitops-engine (`pkg/health`), one module per kind under `health/`, messages included,
 * so a status shown here reads the same as it would in Argo CD.
 */
export { objectHealth } from './health/object-health';
export { healthSeverity, worstHealth, type ObjectHealth } from './health/health-status';
