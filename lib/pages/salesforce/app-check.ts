// Reading back what an app saved and comparing it with the recipe, for the two detail pages: the
// admin hears about a wrong callback URL or PKCE here, not from an OAuth error in Marketo later.
import type { Guidance } from '../../guide/guidance';
import { isMarketoCallback, recipe } from '../../journey/recipe';
import { t, type MessageKey } from '../../i18n';
import type { AppSettings, Settings } from '../../schema';
import { scopeTokens } from './labels';

/** The saved callback URLs (one per line or space) and scopes (one list item each) as a page shows them. */
export function savedLists(callback: Element, scopes: Element): Pick<AppSettings, 'callbackUrls' | 'scopes'> {
  return {
    callbackUrls: (callback.textContent ?? '').split(/\s+/).filter(Boolean),
    scopes: [...scopes.querySelectorAll('li')].flatMap((item) => scopeTokens(item.textContent ?? '')),
  };
}

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

/** The detail page's card: the differences when there are any, else the page's next step. */
export function detailGuidance(
  key: string,
  saved: AppSettings | null,
  settings: Settings,
  next: { title: MessageKey; body: MessageKey; target: () => Element | null; savedCallback: () => Element | null },
): Guidance {
  const problems = saved ? settingsProblems(saved, settings) : [];
  return {
    key,
    title: problems.length ? t('sf_detail_problems_title') : t(next.title),
    body: problems.length ? [...problems, t('sf_detail_fix_hint')].join('\n') : t(next.body),
    tone: problems.length ? 'warning' : 'info',
    target: next.target,
    // The saved callback URL is what the admin checks against Marketo's (and what a problem above
    // is about): the card keeps off it.
    keepClear: () => [next.savedCallback()],
  };
}
