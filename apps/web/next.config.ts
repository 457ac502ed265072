import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@slope/db'],
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx
    authInterrupts: true,
  },
};

export default config;
