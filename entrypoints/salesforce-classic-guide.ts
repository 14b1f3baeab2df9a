// Setup's guide on the journey's classic pages as a chunk of its own, built as an ES module
// (wxt.config.ts) that the salesforce content script imports there (lib/content/guide-chunk.ts).
import type { GuideChunk } from '../lib/content/guide-chunk';
import { startClassicGuide } from '../lib/content/salesforce-guide';

export default defineUnlistedScript((): GuideChunk => ({ start: startClassicGuide }));
