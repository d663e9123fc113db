// Types for load-pg-cluster.mjs, for the TypeScript test that shares the private cluster.
export interface Cluster {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  readonly logFile: string;
  restart(options?: { readonly downMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

export function findPgBin(): string | null;
export function clusterUnavailable(): Promise<string | null>;
export function freePort(): Promise<number>;
export function startCluster(options?: { readonly port?: number; readonly database?: string }): Promise<Cluster>;
