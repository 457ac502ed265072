'use client';

import { SessionProvider } from 'next-auth/react';
import { type ReactNode, useEffect } from 'react';
import { rememberTimeZone } from './remember-time-zone';
import { ScrollRegionFocus } from './scroll-region-focus';

export function Providers({ children }: { children: ReactNode }) {
  useEffect(rememberTimeZone, []);
  return (
    <SessionProvider>
      {children}
      <ScrollRegionFocus />
    </SessionProvider>
  );
}
