import { render } from 'preact';
import { t } from '../../lib/i18n';
import { App } from './App';
import './style.css';

// The page is in the language of the messages file the browser picked (which is not always
// what getUILanguage reports), so it names that language itself.
document.documentElement.lang = t('options_html_lang');
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
document.title = `${t('options_title')} – ${t('extName')}`;

render(<App />, document.getElementById('app')!);
