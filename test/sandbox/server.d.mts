// Types of server.mjs for TypeScript tests (the project's tsconfig does not read JS files).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Pattern = string | RegExp;

export interface RouteContext {
  url: URL;
  host: string;
  /** The `sandbox-variant` knob: query parameter, else cookie. */
  variant: string | null;
  sendReplica(file: string, status?: number): Promise<void>;
}

export interface Route {
  name: string;
  host: Pattern | Pattern[];
  path: Pattern;
  query?: Record<string, RegExp>;
  file?: string;
  handler?: (req: IncomingMessage, res: ServerResponse, context: RouteContext) => void | Promise<void>;
  variants?: Record<string, string>;
}

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
  route: string | null;
}

export interface Sandbox {
  /** The loopback port the server listens on (pages still see port 443). */
  port: number;
  /** "https://<host>": the origin a page on that host has in the browser. */
  origin(host: string): string;
  /** The value for Chromium's --host-resolver-rules. */
  hostResolverRules: string;
  /** Every request answered so far, in order. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export function startSandbox(options?: { port?: number }): Promise<Sandbox>;
export function hostResolverRules(port: number): string;
export function findRoute(host: string, url: URL): Route | undefined;
