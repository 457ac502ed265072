export interface LessonLink {
  href: string;
  title: string;
}

export interface LessonNavProps {
  previous?: LessonLink | null;
  next?: LessonLink | null;
  /** e.g. "Lesson 3 of 8" */
  position?: string;
}

/** Previous / next lesson links. Plain anchors (no hooks): usable from server components. */
export function LessonNav({ previous, next, position }: LessonNavProps) {
  return (
    <nav className="slope-lesson-nav" aria-label="Lesson navigation">
      {previous ? (
        <a className="slope-lesson-nav__link" rel="prev" href={previous.href}>
          <span className="slope-muted">← Previous</span>
          <span>{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {position && <span className="slope-muted slope-lesson-nav__position">{position}</span>}
      {next ? (
        <a
          className="slope-lesson-nav__link slope-lesson-nav__link--next"
          rel="next"
          href={next.href}
        >
          <span className="slope-muted">Next →</span>
          <span>{next.title}</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
