import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@slope/db', '@slope/ui', '@slope/numeric'],
  // The grader runs as plain Node code from its built dist/: it starts worker threads, loads
  // QuickJS's WASM and compiles exercises with esbuild, none of which belongs in a bundle.
  // @node-rs/argon2 loads a prebuilt native binary for this platform at run time.
  serverExternalPackages: ['@slope/grader', 'esbuild', 'sucrase', '@node-rs/argon2'],
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx
    authInterrupts: true,
  },
};

export default config;
