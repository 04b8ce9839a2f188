import { basename } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PW_PORT ?? 4321);
/**
 * Where traces and the files tests save go. Suites run side by side on different
 * builds (ASTRO_OUT_DIR=dist-x) get a folder each: in one shared folder they
 * overwrote each other's saved downloads and cleared each other's traces.
 */
const BUILD = basename(process.env.ASTRO_OUT_DIR ?? 'dist');
const OUTPUT_DIR = process.env.PW_OUTPUT_DIR ?? (BUILD === 'dist' ? 'test-results' : `test-results-${BUILD}`);
/** A server that is already running (npm test starts one preview for Lighthouse and these tests). */
const SERVER = process.env.PW_BASE_URL?.replace(/\/$/, '');
// Debian's headless shell: the same Blink as its chromium without the full browser's
// UI process work, which halved the suite's CPU time (300 s → 147 s on two cores).
const chromiumPath = process.env.PW_CHROMIUM_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/**
 * End-to-end tests drive the production build (`npm run build` first) in
 * Debian's Chromium headless shell; Playwright never downloads a browser of its own.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: OUTPUT_DIR,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // A failure is run once more only to record a trace of it (recording one for every
  // test cost 14 % of the suite); a test that then passes is flaky and still fails the run.
  retries: 1,
  failOnFlakyTests: true,
  reporter: [['list']],
  timeout: 30_000,
  // Two workers share two cores with the preview server: give the UI time under load.
  expect: { timeout: 10_000 },
  use: {
    baseURL: SERVER ?? `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    trace: 'on-first-retry',
    // The service worker would answer from its cache and hide what the build serves;
    // tests of offline use opt back in with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  ...(SERVER
    ? {}
    : {
        webServer: {
          // --ignore-lock: Astro refuses a second preview on one project without it.
          command: `npx astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
          url: `http://127.0.0.1:${PORT}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      }),
});
