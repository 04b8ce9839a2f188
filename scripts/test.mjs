#!/usr/bin/env node
/**
 * The whole gate (`npm test`), or the inner loop (`npm run test:fast`), run in
 * as little wall time as this two-core machine allows, with a table of where
 * the time went at the end.
 *
 *   full: PDF font → unit tests with coverage ‖ type check → build → JS budgets
 *         → one preview server → Lighthouse → end-to-end tests
 *   fast: unit tests ‖ type check
 *
 * Side by side only where it is safe and pays: the unit tests and `astro check`
 * (neither writes what the other reads). The build runs after them because
 * `astro check` and `astro build` both rewrite `.astro/`. Lighthouse runs alone:
 * load on the machine lowers its scores. The end-to-end tests come last and
 * share Lighthouse's preview server.
 *
 * Output of steps that run side by side is held and printed whole when each
 * ends; the others stream. Every step runs even when an earlier one failed,
 * except those that need a build that failed. Exit code 1 when any step failed.
 *
 * Usage: node scripts/test.mjs [--fast]
 */
import { spawn } from 'node:child_process';
import { anyFreePort } from './free-port.mjs';

const fast = process.argv.includes('--fast');
const HOST = '127.0.0.1';
const started = Date.now();
const seconds = (ms) => (ms / 1000).toFixed(1);

/** Every step that ran (or was skipped), in the order it started. */
const timings = [];
/** Child process groups still running, stopped on an interrupt. */
const running = new Set();

function stopGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs one step; resolves to true when it exits 0. `hold`: keep its output and
 * print it in one piece at the end (for steps running side by side).
 */
function step(name, command, args, { hold = false, env = {} } = {}) {
  const t0 = Date.now();
  const entry = { name, start: t0 - started, ms: 0, status: 'running' };
  timings.push(entry);
  if (!hold) console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
      stdio: hold ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      detached: true, // its own process group, so an interrupt stops its children too
    });
    running.add(child);
    let held = '';
    if (hold) {
      child.stdout.on('data', (chunk) => (held += chunk));
      child.stderr.on('data', (chunk) => (held += chunk));
    }
    child.on('error', (error) => (held += `\n${error.message}\n`));
    child.on('close', (code) => {
      running.delete(child);
      entry.ms = Date.now() - t0;
      entry.status = code === 0 ? 'passed' : 'FAILED';
      if (hold) console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}\n${held.trimEnd()}`);
      console.log(`■ ${name}: ${entry.status} in ${seconds(entry.ms)} s`);
      resolve(code === 0);
    });
  });
}

function skip(name, reason) {
  timings.push({ name, start: Date.now() - started, ms: 0, status: `skipped (${reason})` });
  console.log(`\n■ ${name}: skipped (${reason})`);
  return false;
}

/** `astro preview` of dist/ on a free port, for Lighthouse and the end-to-end tests. */
async function startPreview() {
  const port = await anyFreePort(HOST);
  const origin = `http://${HOST}:${port}`;
  const child = spawn('npx', ['astro', 'preview', '--host', HOST, '--port', String(port), '--ignore-lock'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let log = '';
  child.stdout.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${log}`);
    if (await fetch(origin + '/').then((r) => r.ok, () => false)) {
      return {
        origin,
        stop: async () => {
          running.delete(child);
          if (child.exitCode !== null) return;
          const exited = new Promise((r) => child.once('exit', r));
          stopGroup(child);
          const timer = setTimeout(() => stopGroup(child, 'SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        },
      };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopGroup(child, 'SIGKILL');
  throw new Error(`astro preview did not answer on ${origin} within 60 s:\n${log}`);
}

function printTable() {
  const rows = timings.map((t) => [t.name, t.status, t.ms ? seconds(t.ms) : '–', seconds(t.start)]);
  const header = ['step', 'result', 'seconds', 'started at'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\nTiming (${fast ? 'npm run test:fast' : 'npm test'}; steps on one line of time ran side by side):`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(line(['total (wall)', '', seconds(Date.now() - started), '']));
  const passed = timings.filter((t) => t.status === 'passed').length;
  // A plain closing line that CI reads.
  console.log(`\nsteps: ${passed} passed, ${timings.length - passed} failed`);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping every step.`);
    for (const child of running) stopGroup(child);
    printTable();
    process.exit(130);
  });
}

const npx = (bin, ...args) => ['npx', [bin, ...args]];

if (fast) {
  await Promise.all([step('unit tests', ...npx('vitest', 'run'), { hold: true }), step('type check', ...npx('astro', 'check'), { hold: true })]);
} else {
  // Both the build and the font unit test need the PDF font; build it once, first.
  const font = await step('PDF font', 'node', ['scripts/build-pdf-font.mjs']);
  await Promise.all([
    step('unit tests + coverage', ...npx('vitest', 'run', '--coverage'), { hold: true }),
    step('type check', ...npx('astro', 'check'), { hold: true }),
  ]);
  const built = font ? await step('build', 'npm', ['run', '-s', 'build']) : skip('build', 'no PDF font');
  if (built) {
    await step('JS budgets', 'node', ['scripts/size.mjs']);
    let preview = null;
    try {
      preview = await startPreview();
      console.log(`\nServing dist/ on ${preview.origin} for Lighthouse and the end-to-end tests.`);
      await step('Lighthouse', 'node', ['scripts/lighthouse.mjs'], { env: { LH_ORIGIN: preview.origin } });
      await step('end-to-end', ...npx('playwright', 'test'), { env: { PW_BASE_URL: preview.origin } });
    } catch (error) {
      console.error(String(error?.stack ?? error));
      skip('Lighthouse and end-to-end', 'no preview server');
    } finally {
      await preview?.stop();
    }
  } else {
    for (const name of ['JS budgets', 'Lighthouse', 'end-to-end']) skip(name, 'no build');
  }
}

printTable();
process.exit(timings.every((t) => t.status === 'passed') ? 0 : 1);
