// The guide as a chunk of its own, built as an ES module (wxt.config.ts) that the marketo content
// script imports on a page of the journey (lib/content/guide-chunk.ts).
import type { GuideChunk } from '../lib/content/guide-chunk';
import { startMarketoGuide } from '../lib/content/marketo-guide';

export default defineUnlistedScript((): GuideChunk => ({ start: startMarketoGuide }));
