import { render } from 'preact';
render(<p>{browser.i18n.getMessage('extName')}</p>, document.getElementById('app')!);
