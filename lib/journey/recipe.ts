// What Marketo's help page prescribes for the Salesforce app, as one piece of data: a change of
// recipe is a change here, not in the page modules. The PKCE choice comes from the options,
// because Marketo's live page (PKCE off) and its newer draft (PKCE on) disagree.

export const MARKETO_CALLBACK_URL = 'https://app.marketo.com/salesforce/getSfdcOAuthTokensRedirect';

export interface Recipe {
  callbackUrl: string;
  distributionState: 'Local';
  /** Every available scope goes to the selected side; these must be among them. */
  requiredScopes: readonly string[];
  pkce: boolean;
  requireSecretForWebServerFlow: true;
  requireSecretForRefreshTokenFlow: true;
  /** Flow Enablement boxes on the External Client App: none ticked. */
  flowsEnabled: readonly string[];
}

export function recipe(options: { pkce: boolean }): Recipe {
  return {
    callbackUrl: MARKETO_CALLBACK_URL,
    distributionState: 'Local',
    requiredScopes: ['api', 'refresh_token'],
    pkce: options.pkce,
    requireSecretForWebServerFlow: true,
    requireSecretForRefreshTokenFlow: true,
    flowsEnabled: [],
  };
}

/** Salesforce compares callback URLs exactly, apart from surrounding whitespace. */
export function isMarketoCallback(url: string): boolean {
  return url.trim() === MARKETO_CALLBACK_URL;
}
