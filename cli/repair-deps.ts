/** The DOM pieces repair needs in Node: linkedom documents, the site rules' cleaner, the one sanitizer. */
import { cleanArtibody } from '../utils/clean-fragment';
import type { RepairDeps } from '../utils/repair/types';
import { getSanitizer, parseDocument } from './dom';

export function nodeRepairDeps(): RepairDeps {
  return { parseDocument, cleanArtibody, sanitize: getSanitizer() };
}
