/** `npm run screens`: the end-to-end set-up, pointed at tests/screens/ (see that spec). */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({ ...base, testDir: 'tests/screens', retries: 0, failOnFlakyTests: false, outputDir: 'test-results-screens' });
