/**
 * Injected on demand by the popup (lib/ui/picker-launch.ts) when the user asks, in the popup, to hide an element or to
 * choose the article: the element picker (lib/page/picker.ts). The button pressed is left in this
 * isolated world just before (`__userRulePickKind`).
 */
import { startPicker } from '@/lib/page/picker';

export default defineUnlistedScript(() => {
  const kind = (globalThis as { __userRulePickKind?: string }).__userRulePickKind === 'article' ? 'article' : 'hide';
  startPicker(document, location.hostname.toLowerCase(), kind);
});
