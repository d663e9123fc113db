// The pipeline version stamped on every claims document: bump it when extraction output changes.
export const PIPELINE_VERSION = '0.1.0';
