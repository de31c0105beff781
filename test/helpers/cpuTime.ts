/**
 * CPU milliseconds (user + system) this process spends in `run`, the least of `runs` tries (a
 * collection or a descheduled cache can double one try of a few milliseconds).
 * For linear-time checks: budgets are ratios to a baseline measured the same way in the same
 * test, and CPU time does not grow when other processes load the machine (wall time does).
 */
export function cpuTime(run: () => unknown, runs = 7): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
