// The guide as a chunk of its own, built as an ES module (wxt.config.ts) that the oauth-popup content
// script imports on a page of the journey (lib/content/guide-chunk.ts).
import type { GuideChunk } from '../lib/content/guide-chunk';
import { startOAuthPopupGuide } from '../lib/content/oauth-popup-guide';

export default defineUnlistedScript((): GuideChunk => ({ start: startOAuthPopupGuide }));
