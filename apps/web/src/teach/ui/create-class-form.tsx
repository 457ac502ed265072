'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';

/** Name a new class and pick its course; on success, opens the class. */
export function CreateClassForm({ courses }: { courses: Array<{ slug: string; title: string }> }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError('');
    try {
      const response = await fetch('/api/teach/classes', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: form.get('name'), course: form.get('course') }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        class?: { id: string };
        error?: string;
      };
      if (!response.ok || !body.class) throw new Error(body.error ?? 'The class was not created.');
      router.push(`/teach/classes/${body.class.id}`);
    } catch (caught) {
      setError((caught as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-labelledby="create-class-title">
      <div className="field">
        <label htmlFor="class-name">Class name</label>
        <input
          id="class-name"
          name="name"
          required
          maxLength={100}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'create-class-error' : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="class-course">Course</label>
        <select id="class-course" name="course" defaultValue={courses[0]?.slug}>
          {courses.map((course) => (
            <option key={course.slug} value={course.slug}>
              {course.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy}>
        Create class
      </button>
      {error && (
        <p id="create-class-error" className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
