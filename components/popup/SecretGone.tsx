// The key is held but the secret is not (it lives in memory and the browser was restarted): say
// so, say where Salesforce shows it again, offer to unlock the kept copy, and take it pasted.
import type { AppPath } from '../../lib/journey/steps';
import { t } from '../../lib/i18n';
import { CredentialsForm } from './CredentialsForm';
import { UnlockKeptSecret } from './UnlockKeptSecret';

interface Props {
  path: AppPath;
  consumerKey: string;
  hasKeptSecret: boolean;
  onSaved: () => void;
  onUnlocked: () => void;
}

export function SecretGone({ path, consumerKey, hasKeptSecret, onSaved, onUnlocked }: Props) {
  return (
    <div class="callout callout--warning secret-gone">
      <h3 class="callout__title">{t('popup_secret_gone_heading')}</h3>
      <p>{t(path === 'eca' ? 'popup_secret_gone_eca' : 'popup_secret_gone_ca')}</p>
      {hasKeptSecret && <UnlockKeptSecret onUnlocked={onUnlocked} />}
      <CredentialsForm consumerKey={consumerKey} onSaved={onSaved} />
    </div>
  );
}
