/**
 * `npx tsx scripts/write-site-live.ts`: writes utils/sites/sina-live.ts, the live lists of Sina's
 * junk table, after the table (utils/sites/sina-junk.ts) changed (utils/sites/live-module.ts says why).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLiveModule } from '../utils/sites/live-module';
import { JUNK } from '../utils/sites/sina-junk';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../utils/sites/sina-live.ts');
writeFileSync(file, renderLiveModule(JUNK));
console.log(`wrote ${path.relative(process.cwd(), file)}`);
