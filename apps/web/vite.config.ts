import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': apiUrl, '/auth': apiUrl, '/test-idp': apiUrl },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      treeshake: {
        // designsystemet-react declares no `sideEffects`, so unused components (Combobox with
        // floating-ui and a virtualiser) would ship. Its modules are pure; the custom elements they
        // need are registered by @digdir/designsystemet-web, which keeps its side effects.
        moduleSideEffects: (id: string) => !id.includes('/@digdir/designsystemet-react/'),
      },
    },
  },
});
