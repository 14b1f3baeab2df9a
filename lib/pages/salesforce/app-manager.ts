// Setup > App Manager: the list of apps with the "New ..." buttons, where both paths start.
import type { PageModule } from '../page-module';

const PATH = '/lightning/setup/NavigationMenus/home';

export const appManager: PageModule = {
  id: 'salesforce/app-manager',
  matchesUrl: (url) => url.pathname.replace(/\/$/, '') === PATH,
  // The address alone says the admin is in App Manager; what it shows is for the guide to read.
  isShown: () => true,
  observe: () => [{ type: 'seen', milestone: 'sf-app-manager' }],
};

// Real URLs:
//   https://<mydomain>.lightning.force.com/lightning/setup/NavigationMenus/home
//   https://<mydomain>.my.salesforce-setup.com/lightning/setup/NavigationMenus/home
