// Unit tests of the embeddable chat widget (web/src/widget), in jsdom; the console's tests run with `ng test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/widget/**/*.spec.ts'],
    globals: true,
    restoreMocks: true,
  },
});
