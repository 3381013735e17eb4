import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': apiUrl, '/auth': apiUrl, '/test-idp': apiUrl },
  },
  // The server's bundle (`vite build --ssr`, loaded by the api) is one CommonJS file with every
  // dependency in it but jsdom, under a dot-directory that the api never serves as a static file.
  ssr: { noExternal: true, external: ['jsdom'] },
  build: isSsrBuild ? ssrBuild : clientBuild,
}));

const ssrBuild = {
  target: 'node20',
  outDir: 'dist/.server',
  emptyOutDir: true,
  copyPublicDir: false,
  sourcemap: false,
  rollupOptions: {
    output: { format: 'cjs' as const, entryFileNames: 'entry-server.cjs', codeSplitting: false },
  },
};

const clientBuild = {
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
};
