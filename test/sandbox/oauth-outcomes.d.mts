// Types of oauth-outcomes.mjs for TypeScript tests.
export interface SeededApp {
  key: string;
  callbackUrl: string;
  pkce?: boolean;
  installed?: boolean;
  blocked?: boolean;
}
export interface OAuthError {
  error: string;
  description: string;
}
export interface AppRequest {
  clientId: string;
  port: number;
}
export function seedSalesforceApp(app: SeededApp | null): void;
export function authorizeOutcome(request: AppRequest & { redirectUri: string }): OAuthError | null;
export function approvalOutcome(request: AppRequest): OAuthError | null;
export function tokenOutcome(request: AppRequest): OAuthError | null;
