/**
 * The write path of `sina-clean repair` alone: atomic replacements of 8 KB posts, each flushed to
 * disk (cli/write-file.ts writeAtomic), one at a time and with WRITES_IN_FLIGHT of them waiting for
 * their flush together (cli/repair-writes.ts), over the same files. Prints files per second; wall
 * time, since the flush is waiting, not computing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OrderedWrites, WRITES_IN_FLIGHT } from '../cli/repair-writes';
import { writeAtomic } from '../cli/write-file';

const FILES = 1000;
const BODY = '正文'.repeat(1365); // 8 KB of UTF-8

async function filesPerSecond(dir: string, inFlight: number): Promise<number> {
  const t0 = performance.now();
  const writes = new OrderedWrites<void>(() => undefined, inFlight);
  for (let i = 0; i < FILES; i++) {
    const held = writes.add(String(i), () => writeAtomic(path.join(dir, `${i}.md`), BODY));
    if (held) await held;
  }
  await writes.drain();
  return FILES / ((performance.now() - t0) / 1000);
}

export async function writeThroughput(parent: string): Promise<void> {
  const dir = path.join(parent, 'writes');
  mkdirSync(dir);
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, `${i}.md`), 'old');
  try {
    // Alternated, so that a change in the machine's load falls on both alike.
    for (let round = 1; round <= 2; round++) {
      const one = await filesPerSecond(dir, 1);
      const many = await filesPerSecond(dir, WRITES_IN_FLIGHT);
      console.log(`atomic writes alone (${FILES} posts of 8 KB, each flushed), round ${round}: one at a time ${one.toFixed(0)} files/s, ${WRITES_IN_FLIGHT} in flight ${many.toFixed(0)} files/s (${(many / one).toFixed(1)}×)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
