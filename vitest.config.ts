/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run in Node against pure modules (src/domain, src/stores with a
// fake storage engine). Astro's Vite config keeps import aliases and ?raw
// imports working the same as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
