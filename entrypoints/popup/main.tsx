import { render } from 'preact';
import { t } from '../../lib/i18n';
import { App } from './App';
import './style.css';

// The popup speaks the language the browser picked among our translations; tell assistive
// technology which one (getUILanguage may differ, e.g. when no translation matched).
document.documentElement.lang = t('popup_language_tag');
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('extName');

render(<App />, document.getElementById('app')!);
