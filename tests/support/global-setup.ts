/** Unit-test global setup: on CI a missing corpus fails the run at once (support/corpus-paths.ts). */
import { requireCorpusOnCi } from '../../support/corpus-paths';

export default function setup(): void {
  requireCorpusOnCi();
}
