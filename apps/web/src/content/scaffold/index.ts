export { type NewExercise, type NewExerciseOptions, newExercise } from './new-exercise';
export { type NewLesson, type NewLessonOptions, newLesson } from './new-lesson';
export { ScaffoldError, SLUG, slugify } from './slug';
