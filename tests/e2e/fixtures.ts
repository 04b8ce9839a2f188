import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test also checks the site's standing promises: no script
 * error, no console error, no Content-Security-Policy violation and no request
 * to any origin but the site's own.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ context, page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Chromium also logs CSP violations as console errors; the event is the
      // specified signal and names the directive, so both are watched.
      await page.exposeFunction('__reportCspViolation', (report: string) => problems.push(`CSP violation: ${report}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (r: string) => void }).__reportCspViolation;
          report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'errors, CSP violations or foreign requests while the test ran').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
