/**
 * Loaded into a service with NODE_OPTIONS=--import (Node 20 refuses --cpu-prof there): starts the
 * V8 CPU profiler at once, and on SIGWINCH (a signal Nest's shutdown hooks leave alone, unlike SIGUSR2) writes the profile so far to CPU_PROFILE_PATH and starts
 * a fresh one. The benchmark sends SIGWINCH before and after the rounds it wants profiled.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const path = process.env.CPU_PROFILE_PATH ?? `/tmp/cpu-${process.pid}.cpuprofile`;
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<any>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));

await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');

process.on('SIGWINCH', () => {
  void (async () => {
    const { profile } = await post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    await post('Profiler.start');
  })();
});
