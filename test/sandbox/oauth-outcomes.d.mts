// Types of oauth-outcomes.mjs for TypeScript tests.
export interface SeededApp {
  key: string;
  callbackUrl: string;
  org?: string;
  kind?: 'eca' | 'connected-app';
  pkce?: boolean;
  installed?: boolean;
  blocked?: boolean;
  adminApprovedOnly?: boolean;
  preAuthorized?: boolean;
  preventLoginHost?: boolean;
}
export interface OAuthError {
  error: string;
  description: string;
}
export interface AppRequest {
  clientId: string;
  port: number;
}
export interface UserOrg {
  org: string;
  sandbox: boolean;
  host: string;
}
export function seedSalesforceApp(app: SeededApp | null): void;
export function orgOfUser(user: string): UserOrg;
export function orgOfHost(host: string): string;
export function authorizeOutcome(request: AppRequest & { redirectUri: string }): OAuthError | null;
export function preventsLoginHost(request: AppRequest): boolean;
export function approvalOutcome(request: AppRequest, org: string): { page: OAuthError } | { callback: OAuthError } | { skipAllow: true } | null;
export function tokenOutcome(request: AppRequest): OAuthError | null;
