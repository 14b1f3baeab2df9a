// Types of salesforce-state.mjs for TypeScript tests.
export interface SavedApp {
  id: string;
  org: string;
  kind: 'eca' | 'connected-app';
  name: string;
  email: string;
  distributionState?: string;
  callbackUrl: string;
  scopes: string[];
  pkce: boolean;
  requireSecretForWebServerFlow: boolean;
  requireSecretForRefreshTokenFlow: boolean;
  flowsEnabled: string[];
  consumerKey: string;
  consumerSecret: string;
}
type SandboxLike = { port: number };
export function appsOnPort(port: number): SavedApp[];
export function saveApp(port: number, org: string, fields: Partial<SavedApp> & { kind: SavedApp['kind'] }): SavedApp;
export function appOnPort(port: number, id: string): SavedApp | undefined;
export function savedApps(sandbox: SandboxLike): SavedApp[];
export function appByKey(sandbox: SandboxLike, consumerKey: string): SavedApp | undefined;
export function updateApp(sandbox: SandboxLike, id: string, changes: Partial<SavedApp>): SavedApp;
export function seedApp(sandbox: SandboxLike, org: string, fields: Partial<SavedApp> & { kind: SavedApp['kind'] }): SavedApp;
