import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../src/bench/measure.js';

/**
 * Script for a thread that spins until its process has used `ms` of CPU (by its own count, so a
 * busy machine only makes it take longer), or sleeps for `ms` without using the CPU.
 */
const busy = (ms: number) => `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let x = 0; while (cpu() < ${ms}) x++; if (x < 0) console.log(x);`;
const TICK_SLACK_MS = 30;
const idle = (ms: number) => `setTimeout(() => {}, ${ms});`;

describe('runMeasured', () => {
  it('gives a busy command the CPU time it used, and an idle one almost none', async () => {
    const hot = await runMeasured(process.execPath, ['-e', busy(600)]);
    const cold = await runMeasured(process.execPath, ['-e', idle(600)]);
    expect(hot.code).toBe(0);
    expect(cold.ms).toBeGreaterThanOrEqual(600);
    if (process.platform !== 'linux') {
      expect(hot.cpuMs).toBeNull();
      return;
    }
    // /proc counts in 10 ms ticks, user and system apart: allow two ticks' rounding and a little.
    expect(hot.cpuMs!).toBeGreaterThanOrEqual(600 - TICK_SLACK_MS);
    expect(hot.cpuMs!).toBeLessThan(1500);
    expect(cold.cpuMs!).toBeLessThan(400);
    // The busy thread is the main thread (sampled every 25 ms; Node's helper threads did a little).
    expect(hot.mainThreadCpuMs!).toBeGreaterThan(400);
    expect(hot.mainThreadCpuMs!).toBeLessThanOrEqual(hot.cpuMs! + TICK_SLACK_MS);
  });

  it('counts the CPU of a command\'s worker threads too', async () => {
    // The main thread only waits; two worker threads spin until the process has used 1,000 ms.
    const script = `const { Worker } = require('node:worker_threads');
      for (let i = 0; i < 2; i++) new Worker(${JSON.stringify(busy(1000))}, { eval: true });`;
    const r = await runMeasured(process.execPath, ['-e', script]);
    expect(r.code).toBe(0);
    if (process.platform !== 'linux') return;
    expect(r.cpuMs!).toBeGreaterThanOrEqual(1000 - TICK_SLACK_MS);
    // ... and the main thread's own share is only Node starting and the workers being created.
    expect(r.mainThreadCpuMs!).toBeLessThan(400);
  });
});
