import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './scripts/lib/contentSecurityPolicy';
import { dropTempFiles } from './scripts/lib/dropTempFiles';
import { earlyScriptPlugin } from './scripts/lib/earlyScript';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin(), earlyScriptPlugin(), dropTempFiles()],
  build: { outDir: 'dist', sourcemap: false },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
