// The checklist popup: notices, the step to do now (or the summary once the sync runs), the
// prerequisite warnings, the key and secret, the path switch, the whole checklist, and reset.
import { Checklist } from '../../components/popup/Checklist';
import { CompleteSummary } from '../../components/popup/CompleteSummary';
import { CredentialsCard } from '../../components/popup/CredentialsCard';
import { CurrentStep } from '../../components/popup/CurrentStep';
import { Header } from '../../components/popup/Header';
import { JourneyPair } from '../../components/popup/JourneyPair';
import { Notices } from '../../components/popup/Notices';
import { PathSwitch } from '../../components/popup/PathSwitch';
import { Prerequisites } from '../../components/popup/Prerequisites';
import { ResetButton } from '../../components/popup/ResetButton';
import { useJourneyState } from '../../components/popup/useJourneyState';
import { t } from '../../lib/i18n';

export function App() {
  const journey = useJourneyState();

  if (journey.status !== 'ready') {
    return (
      <div class="popup">
        <Header />
        <main class="content">
          {journey.status === 'loading' ? (
            <p class="hint" role="status">{t('popup_loading')}</p>
          ) : (
            <p class="error" role="alert">{t('popup_load_failed')}</p>
          )}
        </main>
      </div>
    );
  }

  const { progress, settings, notices, hasSecret, hasKeptSecret, list } = journey.state;

  return (
    <div class="popup">
      <Header list={list} />
      <main class="content">
        <JourneyPair progress={progress} settings={settings} />
        <Notices notices={notices} />
        {list.complete ? (
          <>
            <CompleteSummary list={list} progress={progress} settings={settings} hasSecret={hasSecret} />
            <details class="disclosure">
              <summary>{t('popup_show_checklist')}</summary>
              <Checklist list={list} progress={progress} headed={false} />
            </details>
          </>
        ) : (
          <>
            <CurrentStep list={list} progress={progress} settings={settings} />
            <Prerequisites list={list} progress={progress} settings={settings} />
            <CredentialsCard progress={progress} hasSecret={hasSecret} hasKeptSecret={hasKeptSecret} />
            <PathSwitch progress={progress} />
            <Checklist list={list} progress={progress} />
          </>
        )}
        <footer class="footer">
          <ResetButton />
        </footer>
      </main>
    </div>
  );
}
