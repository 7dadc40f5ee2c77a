/** Unit-test global setup: on CI a missing corpus fails the run at once (tests/support/corpus-paths.ts). */
import { requireCorpusOnCi } from './corpus-paths';

export default function setup(): void {
  requireCorpusOnCi();
}
