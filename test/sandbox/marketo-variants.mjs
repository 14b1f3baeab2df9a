// The faces of Marketo's classic app that the `sandbox-variant` knob chooses, made from the one
// replica file so that they cannot drift apart: "de" shows Marketo's UI in German, "basic" a
// subscription still on basic authentication (username, password, security token), "heavy" the
// benchmark's heavy Admin page (a long grid, then hover redraws; replicas/benchmark/heavy-marketo.js).
// Variants combine with commas: "de,basic".
//
// The German wording follows Marketo's German UI where we know it and is otherwise our best
// rendering; the page modules must not depend on it beyond the labels they list.

import { readReplica } from './replicas.mjs';

/** English text of the replica's text nodes -> German. */
export const MARKETO_GERMAN = new Map([
  ['Admin', 'Admin'],
  ['Sync with Salesforce', 'Mit Salesforce synchronisieren'],
  ['1. Enter Credentials', '1. Anmeldedaten eingeben'],
  ['Consumer Key:', 'Verbraucherschlüssel:'],
  ['Consumer Secret:', 'Verbrauchergeheimnis:'],
  ['Username:', 'Benutzername:'],
  ['Password:', 'Kennwort:'],
  ['Security Token:', 'Sicherheitstoken:'],
  ['Save', 'Speichern'],
  ['Login with Salesforce', 'Mit Salesforce anmelden'],
  ['A Salesforce window opens. Sign in as the Marketo sync user.', 'Ein Salesforce-Fenster wird geöffnet. Melden Sie sich als Marketo-Synchronisierungsbenutzer an.'],
  ['Your browser blocked the Salesforce window. Allow pop-ups for this site, then click Login with Salesforce again.', 'Ihr Browser hat das Salesforce-Fenster blockiert. Lassen Sie Pop-ups für diese Website zu und klicken Sie erneut auf „Mit Salesforce anmelden“.'],
  ['2. Sync Fields', '2. Felder synchronisieren'],
  ['3. Start Salesforce Sync', '3. Salesforce-Synchronisierung starten'],
  ['Available after you log in with Salesforce.', 'Verfügbar, nachdem Sie sich mit Salesforce angemeldet haben.'],
  ['Available when the field sync has finished.', 'Verfügbar, wenn die Feldsynchronisierung abgeschlossen ist.'],
  ['Credentials saved.', 'Anmeldedaten gespeichert.'],
  ['Enter and save your credentials first.', 'Geben Sie zuerst Ihre Anmeldedaten ein und speichern Sie sie.'],
  ['Please fill in all fields.', 'Bitte füllen Sie alle Felder aus.'],
  ['Waiting for Salesforce. This can take a few minutes.', 'Warten auf Salesforce. Dies kann einige Minuten dauern.'],
  ['Confirm Credentials', 'Anmeldedaten bestätigen'],
  ['Marketo is connected to Salesforce. Confirm the credentials to start syncing the fields.', 'Marketo ist mit Salesforce verbunden. Bestätigen Sie die Anmeldedaten, um die Felder zu synchronisieren.'],
  ['Syncing fields from Salesforce...', 'Felder werden aus Salesforce synchronisiert...'],
  ['Field sync complete.', 'Feldsynchronisierung abgeschlossen.'],
  ['Start Salesforce Sync', 'Salesforce-Synchronisierung starten'],
  ['Start Sync', 'Synchronisierung starten'],
  ['After the sync starts, the Salesforce user and org cannot be changed.', 'Nach dem Start der Synchronisierung können Salesforce-Benutzer und -Organisation nicht mehr geändert werden.'],
  ['Are you sure? Once the sync has started, you cannot change the Salesforce user or org.', 'Sind Sie sicher? Nach dem Start der Synchronisierung können Sie Salesforce-Benutzer und -Organisation nicht mehr ändern.'],
  ['Cancel', 'Abbrechen'],
  ['Sync Status:', 'Synchronisierungsstatus:'],
  ['Sync in Progress', 'Synchronisierung läuft'],
]);

/**
 * The classic app's HTML for a variant knob value (null: English, OAuth).
 * @param {string | null} variant
 */
export async function marketoClassicApp(variant) {
  const wanted = new Set((variant ?? '').split(',').map((part) => part.trim()));
  let html = await readReplica('marketo/classic-app.html');
  if (wanted.has('heavy')) html = html.replace('</head>', '  <script src="/_replica/benchmark/heavy-marketo.js" defer></script>\n  </head>');
  if (wanted.has('basic')) html = html.replace('<html lang="en">', '<html lang="en" data-auth="basic">');
  if (wanted.has('de')) {
    html = html.replace('<html lang="en"', '<html lang="de"');
    // Text nodes only: markup, attributes and scripts stay as they are.
    html = html.replace(/>(\s*)([^<>]*?)(\s*)</g, (match, before, text, after) =>
      MARKETO_GERMAN.has(text) ? `>${before}${MARKETO_GERMAN.get(text)}${after}<` : match,
    );
  }
  return html;
}
