import type { Metadata } from 'next';
import { requirePermission } from '../../../auth/guard';
import { draftChoices, readDraftSource } from '../../../authoring/preview/draft-sources';
import styles from '../../../authoring/preview/preview.module.css';
import { PreviewWorkbench } from '../../../authoring/preview/preview-workbench';
import { SAMPLE_SOURCE } from '../../../authoring/preview/sample-source';

export const metadata: Metadata = { title: 'Live preview' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ lesson?: string | string[] }> };

/**
 * Author-only live preview: edit a lesson's MDX and see it rendered with the real widgets.
 * `?lesson=<course>/<slug>` starts from that lesson (drafts too); otherwise from a sample.
 */
export default async function AuthorPreviewPage({ searchParams }: Props) {
  const { lesson: raw } = await searchParams;
  const lesson = typeof raw === 'string' ? raw : '';
  await requirePermission(
    'author',
    lesson ? `/author/preview?lesson=${encodeURIComponent(lesson)}` : '/author/preview',
  );
  const { choices, problem } = draftChoices();
  const source = lesson ? readDraftSource(lesson) : null;

  return (
    <>
      <h1>Live preview</h1>
      <p className="lead">
        Paste or edit lesson MDX; the preview redraws as you type, with the real widgets. Nothing is
        saved here: put the text in <code>content/&lt;course&gt;/NN-slug/index.mdx</code> when it is
        ready.
      </p>
      <form method="get" action="/author/preview" className={styles.picker}>
        <label htmlFor="lesson-picker">Start from</label>{' '}
        <select id="lesson-picker" name="lesson" defaultValue={source ? lesson : ''}>
          <option value="">A sample draft</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="button button--quiet">
          Open
        </button>
      </form>
      {problem && <p className="form-error">{problem}</p>}
      {lesson && !source && (
        <p className="form-error" role="alert">
          There is no lesson “{lesson}”: showing the sample draft. Pick a lesson above.
        </p>
      )}
      <PreviewWorkbench key={source ? lesson : 'sample'} initialSource={source ?? SAMPLE_SOURCE} />
    </>
  );
}
