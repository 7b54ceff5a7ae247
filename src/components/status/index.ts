export * from './application-status';
export * from './health-status';
export * from './object-status';
export * from './status-badge';
export * from './status-definition';
export * from './status-tone';
export * from './sync-status';
export * from './task-state';
