/**
 * A child `node`'s own peak memory and CPU time, for the benchmarks (scripts/bench-util.ts) and the
 * memory tests (tests/cli/memory.test.ts): CHILD_USAGE_OPTION, put in the child's NODE_OPTIONS or
 * before its script, makes it write them on stderr as it exits; childUsage reads them back.
 */
const REPORT = "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nchild-usage '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

export const CHILD_USAGE_OPTION = `--import=data:text/javascript,${encodeURIComponent(REPORT)}`;

/** Peak resident memory of the whole process (every thread) in MB, and its CPU time in ms; NaN when the child did not report. */
export function childUsage(stderr: string): { peakMb: number; cpu: number } {
  const m = /child-usage (\d+) (\d+)/.exec(stderr);
  return { peakMb: m ? Number(m[1]) / 1024 : NaN, cpu: m ? Number(m[2]) / 1000 : NaN };
}
