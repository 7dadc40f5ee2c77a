/**
 * `npx tsx scripts/write-site-live.ts`: writes utils/sites/sina-live.ts and utils/sites/others-live.ts,
 * the live lists of the junk tables, after a table (utils/sites/sina-junk.ts, utils/sites/<site>.ts)
 * changed (utils/sites/live-module.ts says why).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLiveModule, renderOthersLiveModule } from '../utils/sites/live-module';
import { OTHER_SITES } from '../utils/sites/others';
import { JUNK } from '../utils/sites/sina-junk';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../utils/sites');
for (const [name, text] of [['sina-live.ts', renderLiveModule(JUNK)], ['others-live.ts', renderOthersLiveModule(OTHER_SITES)]] as const) {
  writeFileSync(path.join(dir, name), text);
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, name))}`);
}
