// @vitest-environment node
/** The progress line (cli/progress.ts): in place on a TTY, plain throttled lines otherwise, silent when off. */
import { describe, expect, it } from 'vitest';
import { Progress } from '../../cli/progress';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, write: (t: string) => void out.push(t), isTTY };
}

describe('Progress', () => {
  it('rewrites one line on a TTY and ends it with a newline', () => {
    const s = sink(true);
    const p = new Progress(s, true, 3, 0);
    p.update(1, 'a');
    p.update(3, 'b');
    p.finish();
    expect(s.out).toEqual(['\r\u001b[2K[1/3] a', '\r\u001b[2K[3/3] b', '\n']);
  });

  it('prints plain lines on a pipe, throttled, always the last one', () => {
    const s = sink(false);
    const p = new Progress(s, true, 1000, 60000);
    for (let i = 1; i <= 1000; i++) p.update(i, `n=${i}`);
    p.finish();
    expect(s.out).toEqual(['[1/1000] n=1\n', '[1000/1000] n=1000\n']);
  });

  it('clear() wipes the TTY line so a normal line can be printed; disabled progress writes nothing', () => {
    const s = sink(true);
    const p = new Progress(s, true, 2, 0);
    p.update(1, 'x');
    p.clear();
    expect(s.out.at(-1)).toBe('\r\u001b[2K');
    const quiet = sink(true);
    const off = new Progress(quiet, false, 2, 0);
    off.update(1, 'x');
    off.finish();
    expect(quiet.out).toEqual([]);
  });
});
