/**
 * Injected on demand into a tab by the background (lib/background/clip-tab.ts) for `save-post` from
 * a keyboard command, the context menu or the batch save. One shot: it returns the prepared post as
 * the injection's result and registers nothing.
 */
import { clipThisPage } from '@/lib/page/clip-page';

export default defineUnlistedScript(() => clipThisPage(document, location.href));
