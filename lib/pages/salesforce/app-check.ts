// Reading back what an app saved and comparing it with the recipe, for the detail pages: the
// admin hears about a wrong callback URL or PKCE here, not from an OAuth error in Marketo later.
import { isMarketoCallback, recipe } from '../../journey/recipe';
import { t } from '../../i18n';
import type { AppSettings, Settings } from '../../schema';

/** One sentence per difference between the saved app and the recipe; empty when all is right. */
export function settingsProblems(saved: AppSettings, settings: Settings): string[] {
  const rules = recipe({ pkce: settings.pkce });
  const problems: string[] = [];
  if (!saved.callbackUrls.some(isMarketoCallback)) {
    problems.push(t('sf_check_callback', [saved.callbackUrls.join(', ') || '—', rules.callbackUrl]));
  }
  const missing = rules.requiredScopes.filter((scope) => !saved.scopes.includes(scope));
  if (missing.length > 0) problems.push(t('sf_check_scopes', missing.join(', ')));
  if (saved.pkce !== undefined && saved.pkce !== rules.pkce) problems.push(t(rules.pkce ? 'sf_check_pkce_off' : 'sf_check_pkce_on'));
  return problems;
}
