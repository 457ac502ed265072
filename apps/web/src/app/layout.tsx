import 'katex/dist/katex.min.css';
import 'mafs/core.css';
import 'uplot/dist/uPlot.min.css';
import '@slope/ui/styles.css';
import './globals.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Providers } from '../components/providers';
import { UserMenu } from '../components/user-menu';

export const metadata: Metadata = {
  title: { default: 'Slope', template: '%s · Slope' },
  description: 'Learn the mathematics of machine learning by doing it.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="site-header">
            <div className="site-header__inner">
              <Link href="/" className="brand">
                Sl<span>o</span>pe
              </Link>
              <nav className="site-nav" aria-label="Main">
                <Link href="/">Courses</Link>
              </nav>
              <UserMenu />
            </div>
          </header>
          <main id="main">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
