// Steps whose click cannot be undone (JOURNEY.md "Two things cannot be undone"): after Confirm
// Credentials the fields the sync user sees become permanent Marketo fields; after Start Sync the
// Salesforce user and org are fixed. Their help text carries the warning; the popup adds a badge.
import type { ItemId } from '../../lib/journey/steps';

export const IRREVERSIBLE: readonly ItemId[] = ['mkto-confirm', 'mkto-start-sync'];

export const isIrreversible = (id: ItemId) => IRREVERSIBLE.includes(id);
