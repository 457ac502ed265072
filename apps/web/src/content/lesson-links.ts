import path from 'node:path';

/** Where a link between lessons points: a course, and a lesson by folder or by slug. */
export interface LessonLinkTarget {
  course: string;
  /** `04-partial-derivatives-and-the-gradient` (relative links name the folder) */
  folder?: string;
  /** `partial-derivatives-and-the-gradient` (site links name the slug) */
  slug?: string;
  /** `#section` or `?query#section`, kept when the link is rewritten */
  suffix: string;
}

const LESSON_FOLDER = /^(\d{2})-([a-z0-9-]+)$/;
const SITE_LINK = /^\/courses\/([^/]+)(?:\/([^/]+))?\/?$/;

/**
 * The lesson a Markdown link in `fromFile` (a lesson's index.mdx) points at, or null when it is
 * not a link between lessons (an external URL, an image, another page of the site).
 *
 * @example
 * lessonLinkTarget('/courses/calculus-for-ml/chain-rule-and-backprop#jacobians', file)
 * // { course: 'calculus-for-ml', slug: 'chain-rule-and-backprop', suffix: '#jacobians' }
 * lessonLinkTarget('../06-chain-rule-and-backprop', '/c/calculus-for-ml/05-x/index.mdx')
 * // { course: 'calculus-for-ml', folder: '06-chain-rule-and-backprop', suffix: '' }
 */
export function lessonLinkTarget(url: string, fromFile: string): LessonLinkTarget | null {
  const cut = url.search(/[?#]/);
  const pathPart = cut >= 0 ? url.slice(0, cut) : url;
  const suffix = cut >= 0 ? url.slice(cut) : '';
  const site = SITE_LINK.exec(pathPart);
  if (site) {
    return site[2] ? { course: site[1]!, slug: site[2], suffix } : { course: site[1]!, suffix };
  }
  if (!/^\.\.?\//.test(pathPart)) return null;
  let target = path.resolve(path.dirname(fromFile), pathPart);
  if (path.basename(target) === 'index.mdx') target = path.dirname(target);
  const folder = path.basename(target);
  if (!LESSON_FOLDER.test(folder)) return null;
  return { course: path.basename(path.dirname(target)), folder, suffix };
}

/** The site URL of a relative lesson link (`../06-chain-rule` → `/courses/<course>/chain-rule`). */
export function lessonLinkHref(target: LessonLinkTarget): string {
  const slug = target.slug ?? (target.folder ? LESSON_FOLDER.exec(target.folder)?.[2] : undefined);
  return `/courses/${target.course}${slug ? `/${slug}` : ''}${target.suffix}`;
}
