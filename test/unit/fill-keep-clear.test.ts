// @vitest-environment happy-dom
// The fields a fill report asks the admin to fix are the ones the guide's card keeps off: the
// report hands the overlay those fields' elements, and null for one it could not find (the
// geometry is card-position's).
import { beforeEach, describe, expect, it } from 'vitest';
import { connectedAppForm } from '../../lib/pages/salesforce/connected-app-form';
import { SCOPES } from '../sandbox/salesforce-pages.mjs';
import { useLocale } from './locale-messages';
import { guideContext, loadReplica, recordMessages, SETTINGS } from './salesforce-replica';

const scopeOptions = SCOPES.map((s) => `<option value="${s.token}">${s.sv}</option>`).join('');
const $ = (suffix: string) => document.querySelector<HTMLInputElement>(`[id$="${suffix}"]`)!;

async function fill(settings = SETTINGS) {
  const action = connectedAppForm.guide!(document, guideContext({}, settings))!.actions!.find((a) => a.id === 'fill')!;
  return action.run();
}

describe('the Connected App fill report names the fields to keep clear', () => {
  beforeEach(async () => {
    useLocale('sv');
    recordMessages();
    await loadReplica('salesforce/ca-form.html', {
      lang: 'sv',
      values: { formAction: '/app/mgmt/forceconnectedapps/forceAppEdit.apexp' },
      markup: { scopeOptions, errors: '' },
      script: 'salesforce/ca-form.js',
    });
  });

  it('none when everything was filled', async () => {
    const report = await fill();
    expect(report.keepClear?.()).toEqual([]);
  });

  it('the name the admin typed, which the fill left as it was', async () => {
    $(':nameSection:name').value = 'Min egen app';
    const report = await fill();
    expect(report.lines.join(' ')).toContain('Appnamn');
    expect(report.keepClear?.()).toEqual([$(':nameSection:name')]);
  });

  it('Contact Email when there is no address in the options to fill it with', async () => {
    const report = await fill({ ...SETTINGS, contactEmail: '' });
    expect(report.keepClear?.()).toEqual([$(':emailSection:contactEmail')]);
  });

  it('a field it could not find as null, so that the card keeps off every control it might be', async () => {
    // The secret boxes are found only by their words: renamed, they are not found.
    for (const label of document.querySelector<HTMLTemplateElement>('#oauthSectionTemplate')!.content.querySelectorAll('th.labelCol label')) {
      if (label.textContent?.includes('hemlighet')) label.textContent = 'Något annat';
    }
    const report = await fill();
    expect(report.lines.join(' ')).toContain('Kräv hemlighet för webbserverflöde');
    expect(report.keepClear?.()).toEqual([null, null]);
  });
});
