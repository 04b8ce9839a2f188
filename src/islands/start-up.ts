/**
 * Island start-up in steps, each its own task: evaluating the modules (zod
 * and the schemas), reading and validating the stored files, then the first
 * render. Run together they were one task of ~240 ms on Lighthouse's phone,
 * and input waits for a whole task (Lighthouse's total blocking time);
 * between tasks the browser can answer a tap or paint.
 *
 * Used as `await startUp(...)` at the top level of an island module, which
 * Astro awaits before rendering the island.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

export async function startUp(...steps: (() => unknown)[]): Promise<void> {
  await nextTask();
  for (const step of steps) {
    step();
    await nextTask();
  }
}
