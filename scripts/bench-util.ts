/** Small timing helpers shared by scripts/bench.ts and scripts/bench-repair.ts (no test assertions). */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { CHILD_USAGE_OPTION, childUsage } from '../support/child-usage';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** CPU milliseconds (user + system) this process spent in `fn`: steadier than wall time on a busy machine. */
export function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** A timed sample should last at least this long: process CPU time includes V8's helper threads
 * and is read at coarse moments, so a single 1–5 ms run is mostly noise (seen: "0.00 ms"). */
const MIN_SAMPLE_MS = 25;

/**
 * Median CPU milliseconds per run of `fn`: after one warm-up run, `samples` samples, each of as
 * many back-to-back runs as make it last MIN_SAMPLE_MS (from the warm-up's time), divided out.
 */
export function timeMedian(fn: () => void, samples: number): number {
  const warm = Math.max(cpuMs(fn), 0.05);
  const runs = Math.min(200, Math.max(1, Math.ceil(MIN_SAMPLE_MS / warm)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    times.push(cpuMs(() => {
      for (let r = 0; r < runs; r++) fn();
    }) / runs);
  }
  return median(times);
}

/** Wall and CPU milliseconds of one run. */
export function elapsed<T>(fn: () => T): { ms: number; cpu: number; value: T } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, value };
}

/** Load average and CPU count: benchmark figures on a shared, busy machine are worth less. */
export function machineNote(): string {
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  return `node ${process.version}, ${os.cpus().length} CPUs, load average ${load}`;
}

export const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** A fixed-width text table. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

export interface ChildRun {
  ms: number;
  stdout: string;
  status: number | null;
  /** Peak resident memory of the whole process, MB. */
  peakMb: number;
  /** User + system CPU of the whole process (all threads), ms. */
  cpu: number;
}

/** `node script args…` as a child process: wall time, output, peak memory and CPU time. */
export function runChild(script: string, args: string[]): ChildRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CHILD_USAGE_OPTION, script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  return { ms, stdout: r.stdout ?? '', status: r.status, ...childUsage(r.stderr ?? '') };
}
