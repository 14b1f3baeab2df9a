// Setup's guide in Lightning as a chunk of its own, built as an ES module (wxt.config.ts) that the
// salesforce content script imports on a page of the journey (lib/content/guide-chunk.ts).
import type { GuideChunk } from '../lib/content/guide-chunk';
import { startLightningGuide } from '../lib/content/salesforce-guide';

export default defineUnlistedScript((): GuideChunk => ({ start: startLightningGuide }));
