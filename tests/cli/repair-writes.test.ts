/**
 * cli/repair-writes.ts: a repair run's writes overlap (their flushes wait together), yet are
 * reported in input order, never more than the window at once, never two of one file at once.
 */
import { describe, expect, it } from 'vitest';
import { OrderedWrites } from '../../cli/repair-writes';

/** A write that finishes when the test says so. */
function gate<T>(value: T) {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, start: async () => (await opened, value) };
}

const turn = () => new Promise<void>((r) => setImmediate(r));

describe('OrderedWrites', () => {
  it('reports in the order added, whatever order the writes finish in', async () => {
    const seen: string[] = [];
    const w = new OrderedWrites<string>((v) => seen.push(v), 8);
    const gates = ['a', 'b', 'c'].map(gate);
    gates.forEach((g, i) => expect(w.add(`f${i}`, g.start)).toBeUndefined());
    gates[2]!.open();
    gates[1]!.open();
    await turn();
    expect(seen).toEqual([]); // the first is still in flight
    gates[0]!.open();
    await w.drain();
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('keeps several writes in flight, and holds the caller back at the window', async () => {
    let inFlight = 0;
    let most = 0;
    const w = new OrderedWrites<number>(() => undefined, 3);
    const gates: ReturnType<typeof gate<number>>[] = [];
    const start = (i: number) => {
      const g = gate(i);
      gates.push(g);
      return async () => {
        most = Math.max(most, ++inFlight);
        const v = await g.start();
        inFlight--;
        return v;
      };
    };
    expect(w.add('a', start(0))).toBeUndefined();
    expect(w.add('b', start(1))).toBeUndefined();
    const held = w.add('c', start(2));
    expect(held).toBeInstanceOf(Promise);
    let released = false;
    void held!.then(() => (released = true));
    await turn();
    expect(released).toBe(false);
    gates[0]!.open();
    await held;
    expect(most).toBe(3);
    gates.forEach((g) => g.open());
    await w.drain();
  });

  it('never overlaps two writes of the same file', async () => {
    const order: string[] = [];
    const w = new OrderedWrites<string>((v) => order.push(`report ${v}`), 8);
    const first = gate('1');
    expect(w.add('same.md', async () => (order.push('start 1'), first.start()))).toBeUndefined();
    const second = w.add('same.md', async () => (order.push('start 2'), '2'));
    expect(second).toBeInstanceOf(Promise);
    await turn();
    expect(order).toEqual(['start 1']);
    first.open();
    await second;
    await w.drain();
    expect(order).toEqual(['start 1', 'report 1', 'start 2', 'report 2']);
  });

  it('a report that throws stops the run: the error comes out of drain and of the next add', async () => {
    const w = new OrderedWrites<number>(() => {
      throw new Error('stdout closed');
    }, 8);
    w.add('a', async () => 1);
    await expect(w.drain()).rejects.toThrow('stdout closed');
    expect(() => w.add('b', async () => 2)).toThrow('stdout closed');
  });
});
