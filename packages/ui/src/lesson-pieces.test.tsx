import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Callout } from './callout/callout.tsx';
import { LessonNav } from './lesson-nav/lesson-nav.tsx';
import { ProgressBar } from './progress-bar/progress-bar.tsx';
import { expectNoAxeViolations } from './testing/axe.ts';

describe('lesson pieces', () => {
  it('Callout labels its kind', () => {
    render(<Callout kind="warning">Too big a step diverges.</Callout>);
    expect(screen.getByRole('complementary', { name: 'Watch out' })).toHaveTextContent(
      'Too big a step',
    );
  });

  it('ProgressBar says how far along, in words', () => {
    render(<ProgressBar value={3} max={8} label="Course progress" unit="lessons" />);
    const bar = screen.getByRole('progressbar', { name: 'Course progress' });
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 8 lessons (38%)');
  });

  it('LessonNav links to neighbours', async () => {
    render(
      <LessonNav
        previous={{ href: '/l/1', title: 'Why calculus' }}
        next={{ href: '/l/3', title: 'Gradients' }}
        position="Lesson 2 of 8"
      />,
    );
    expect(screen.getByRole('link', { name: /Previous.*Why calculus/ })).toHaveAttribute(
      'href',
      '/l/1',
    );
    expect(screen.getByRole('link', { name: /Next.*Gradients/ })).toHaveAttribute('rel', 'next');
    await expectNoAxeViolations();
  });
});
