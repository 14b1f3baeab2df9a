// The recognisers' address rules: which addresses may show a page of the journey. Deliberately
// wider than the page modules' own rules (test/unit/recogniser.test.ts checks that every address a
// module takes is recognised here): a wrong "yes" costs loading the guide for nothing, a wrong "no"
// loses the guide on that page.

/**
 * Setup's Lightning pages of the journey: App Manager (NavigationMenus), External Client App
 * Settings and the External Client Apps area (the form, the detail pages), whatever Salesforce
 * calls the area's pages after "ExternalClient".
 */
const LIGHTNING_JOURNEY_AREAS = /^\/lightning\/setup\/(?:NavigationMenus|[^/]*ExternalClient[^/]*)(?:\/|$)/i;

/** The classic pages of the journey (the Salesforce content script is matched to no others). */
const CLASSIC_JOURNEY_PATHS = ['/app/mgmt/forceconnectedapps/', '/_ui/identity/verification/'];

/** Whether a Setup frame at `url` may be showing a page of the journey. */
export function isSalesforceJourneyUrl(url: URL): boolean {
  if (url.pathname.startsWith('/lightning/')) return LIGHTNING_JOURNEY_AREAS.test(url.pathname);
  return CLASSIC_JOURNEY_PATHS.some((path) => url.pathname.startsWith(path));
}
