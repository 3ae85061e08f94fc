// Process watchdog: started by process-watchdog.ts as its own detached Node process. The parent
// tells it over IPC which processes it started (Kafka, PostgreSQL, services); when the parent goes
// away without stopping them (crash, SIGKILL, an exit that skipped cleanup) it stops them, so no
// broker or database keeps running and holding ports after the process that owned it is gone.
// Plain JavaScript on purpose: it starts in tens of milliseconds, without a TypeScript compiler.
'use strict';

const parentPid = Number(process.argv[2]);
const PARENT_POLL_MS = 1000;

/** pid -> { signal, graceMs, stage }; every pid leads its own process group (spawned detached). */
const targets = new Map();
let cleaningUp = false;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function trySignal(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone: nothing to do.
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Graceful signal to each (Kafka flushes, PostgreSQL checkpoints), then SIGKILL to the group. */
async function stopAll(stageTargets) {
  const started = Date.now();
  const pending = [...stageTargets];
  for (const target of pending) trySignal(target.pid, target.signal);
  while (pending.length > 0) {
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      const target = pending[i];
      if (!isAlive(target.pid)) {
        pending.splice(i, 1);
      } else if (Date.now() - started >= target.graceMs) {
        trySignal(-target.pid, 'SIGKILL');
        trySignal(target.pid, 'SIGKILL');
        pending.splice(i, 1);
      }
    }
    if (pending.length > 0) await sleep(100);
  }
}

async function cleanUp() {
  if (cleaningUp) return;
  cleaningUp = true;
  // In stages, like an orderly stop: services (which still need Kafka and PostgreSQL to finish
  // cleanly) before Kafka, before PostgreSQL.
  const all = [...targets].map(([pid, target]) => ({ pid, ...target }));
  const stages = [...new Set(all.map((target) => target.stage))].sort((a, b) => a - b);
  for (const stage of stages) {
    await stopAll(all.filter((target) => target.stage === stage));
  }
  process.exit(0);
}

process.on('message', (message) => {
  if (message.type === 'watch') {
    targets.set(message.pid, {
      signal: message.signal,
      graceMs: message.graceMs,
      stage: message.stage ?? 0,
    });
  } else if (message.type === 'unwatch') {
    targets.delete(message.pid);
  }
  if (process.connected) process.send({ type: 'ack', id: message.id });
});

// The IPC channel closes the moment the parent dies, however it dies; polling the parent's pid
// is a second line of defence should the channel ever outlive it.
process.on('disconnect', () => void cleanUp());
setInterval(() => {
  if (!isAlive(parentPid)) void cleanUp();
}, PARENT_POLL_MS);
