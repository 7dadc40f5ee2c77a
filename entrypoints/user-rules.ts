/**
 * Registered at run time (lib/background/user-rules-background.ts) at document_start on the hosts
 * that have user rules: hides what the user chose to hide there. Kept apart from the always-on Sina
 * script, whose size budget is spent.
 */
import { startUserRules } from '@/lib/page/user-rules-live';

export default defineUnlistedScript(() => {
  void startUserRules(document, location.hostname.toLowerCase()).catch((e: unknown) => console.warn('user rules:', e));
});
