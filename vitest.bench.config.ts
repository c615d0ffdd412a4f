import { defineConfig } from 'vitest/config';

/** `pnpm bench`: benchmarks report each case relative to a baseline measured in the same run. */
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['api/src/**/*.bench.ts'] },
    hookTimeout: 60_000,
  },
});
