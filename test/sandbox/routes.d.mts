// Types of routes.mjs for TypeScript tests.
import type { Route } from './server.mjs';

export const SANDBOX_HOST_PATTERNS: string[];
export const HOSTS: { lightning: RegExp; setup: RegExp; marketoApp: RegExp; adobeShell: string };
export const LOOKALIKE_HOSTS: { salesforce: string; marketo: string; neutral: string };
export const ROUTES: Route[];
export const EXAMPLES: {
  appManager: string;
  appManagerOnSetupHost: string;
  marketoAdmin: string;
  marketoSyncWithSalesforce: string;
  marketoOAuthCallback: string;
  adobeMarketo: string;
};
