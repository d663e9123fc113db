// The public API of crosscheck as a library.
export { analyse } from './pipeline.js';
export { PIPELINE_VERSION } from './version.js';
export type * from './types.js';
