// Starts a child in its own process group with its output copied to a log file, so a test can
// wait for a line it prints and later stop it together with anything it started (dotnet run
// starts the app as a grandchild).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export function spawnLogged(command, args, { cwd, env, logPath }) {
  const log = fs.createWriteStream(logPath);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiters = new Set();
  const onData = (chunk) => {
    log.write(chunk);
    output += chunk.toString();
    for (const waiter of waiters) waiter();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let exitInfo;
  exited.then((info) => { exitInfo = info; for (const waiter of waiters) waiter(); });

  function waitForOutput(pattern, timeoutMs) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) return done(() => resolve(match));
        if (exitInfo) return done(() => reject(new Error(`${command} exited (${JSON.stringify(exitInfo)}) before printing ${pattern}; see ${logPath}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`${command} did not print ${pattern} within ${timeoutMs} ms; see ${logPath}`))), timeoutMs);
      const done = (settle) => { clearTimeout(timer); waiters.delete(check); settle(); };
      waiters.add(check);
      check();
    });
  }

  async function stop() {
    if (!exitInfo) {
      signalGroup('SIGTERM');
      const killTimer = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(killTimer);
    }
    // The leader can be gone while a grandchild (the app under `dotnet run`) still runs.
    signalGroup('SIGKILL');
    await new Promise((resolve) => log.end(resolve));
  }

  function signalGroup(signal) {
    try { process.kill(-child.pid, signal); } catch { /* group already gone */ }
  }

  return { child, waitForOutput, stop, hasExited: () => Boolean(exitInfo), output: () => output };
}
