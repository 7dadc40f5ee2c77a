/** The DOM pieces repair needs in Node: linkedom documents, the site rules' cleaner, the one sanitizer. */
import { cleanArtibody } from '../utils/clean-fragment';
import type { RepairDeps } from '../utils/repair/types';
import { loadSanitizer, parseDocument } from './dom';

export async function nodeRepairDeps(): Promise<RepairDeps> {
  return { parseDocument, cleanArtibody, sanitize: await loadSanitizer() };
}
