// Types of replicas.mjs for TypeScript tests.
export const REPLICAS_DIR: string;
export function replicaPath(file: string): string;
export function readReplica(file: string): Promise<string>;
