export * from './common';
export * from './dashboard';
export * from './deployments';
export * from './enums';
export * from './live-status';
export * from './observability';
export * from './paths';
export * from './unknown-values';
