/** The DOM pieces repair needs in Node: linkedom documents and the site rules' cleaner. */
import { cleanArtibody } from '../utils/clean-fragment';
import type { RepairDeps } from '../utils/repair/types';
import { parseDocument } from './dom';

export async function nodeRepairDeps(): Promise<RepairDeps> {
  return { parseDocument, cleanArtibody };
}
