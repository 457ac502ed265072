import Link from 'next/link';
import type { TaughtClass } from '../class-access';
import { JoinCodePanel } from './join-code-panel';

export type ClassTab = 'progress' | 'exercises' | 'questions' | 'learners';

const TABS: Array<[ClassTab, string, string]> = [
  ['progress', 'Progress', ''],
  ['exercises', 'Exercises', '/exercises'],
  ['questions', 'Questions', '/questions'],
  ['learners', 'Learners', '/learners'],
];

/** The top of every page of a class: name, course, join code, tabs and the CSV downloads. */
export function ClassHeader({
  klass,
  learners,
  current,
}: {
  klass: TaughtClass;
  learners: number;
  current: ClassTab | null;
}) {
  const base = `/teach/classes/${klass.id}`;
  return (
    <header className="class-header">
      <p className="breadcrumbs">
        <Link href="/teach">Your classes</Link> › {klass.course.title}
      </p>
      <h1>{klass.name}</h1>
      <div className="class-header__facts">
        <JoinCodePanel classId={klass.id} initialCode={klass.joinCode} />
        <p className="class-header__fact">
          <strong>{learners}</strong> learner{learners === 1 ? '' : 's'}
        </p>
        <p className="class-header__fact">
          Download CSV: <a href={`/api/teach/classes/${klass.id}/gradebook`}>gradebook</a> ·{' '}
          <a href={`/api/teach/classes/${klass.id}/submissions`}>submissions</a>
        </p>
      </div>
      <nav className="tabs" aria-label="Class">
        {TABS.map(([tab, label, path]) => (
          <Link
            key={tab}
            href={`${base}${path}`}
            className="tabs__tab"
            aria-current={tab === current ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
