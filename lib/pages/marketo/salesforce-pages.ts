// Salesforce Setup pages the Marketo side links to when something is fixed there. Opened in a new
// tab at the admin's click, on the org the extension has seen (never a guessed host).
import type { ActionReport } from '../../guide/guidance';
import { t } from '../../i18n';

export const SALESFORCE_PAGES = {
  users: '/lightning/setup/ManageUsers/home',
  appManager: '/lightning/setup/NavigationMenus/home',
  profiles: '/lightning/setup/EnhancedProfiles/home',
  oauthUsage: '/lightning/setup/ConnectedAppsUsage/home',
} as const;

export async function openSalesforcePage(origin: string, path: string): Promise<ActionReport> {
  // With noopener, window.open answers null even when the tab opened, so its answer says nothing.
  window.open(new URL(path, origin).href, '_blank', 'noopener');
  return { tone: 'info', lines: [t('mkto_opened_salesforce', new URL(origin).host)] };
}
