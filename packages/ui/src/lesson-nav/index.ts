export { type LessonLink, LessonNav, type LessonNavProps } from './lesson-nav.tsx';
