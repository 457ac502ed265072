import { type MatchSpecInput, matchSpecSchema } from '../src/match/spec.ts';
import { type OrderingSpecInput, orderingSpecSchema } from '../src/ordering/spec.ts';
import { type QuizSpecInput, quizSpecSchema } from '../src/quiz/spec.ts';

/** What an author writes in MDX for the seed lesson's "Try it" block, keys included. */
export const gradientQuiz = quizSpecSchema.parse({
  id: 'gradient-direction',
  stem: 'What does the gradient vector $\\nabla L(w)$ point toward?',
  choices: [
    {
      id: 'ascent',
      text: 'The direction of steepest ascent of $L$',
      correct: true,
      feedback: 'Yes: $\\nabla L$ points uphill, which is why descent steps along $-\\nabla L$.',
    },
    {
      id: 'descent',
      text: 'The direction of steepest descent of $L$',
      feedback: 'That is $-\\nabla L$. The gradient itself points uphill; we step against it.',
    },
    {
      id: 'minimum',
      text: 'Straight at the minimum',
      feedback:
        'Only on perfectly round bowls. On an elongated valley it points across the valley, not at the bottom.',
    },
    {
      id: 'tangent',
      text: 'Along a contour line of $L$',
      feedback:
        'Along a contour $L$ does not change at all; the gradient is perpendicular to contours.',
    },
  ],
  explanation:
    'For a small step $\\delta$, $L(w + \\delta) \\approx L(w) + \\nabla L(w)^\\top \\delta$, which grows fastest when $\\delta$ is parallel to $\\nabla L(w)$.',
  maxAttempts: 3,
} satisfies QuizSpecInput);

export const learningRateQuiz = quizSpecSchema.parse({
  id: 'learning-rate',
  stem: 'Which statement about the learning rate $\\eta$ in $w \\leftarrow w - \\eta\\, \\nabla L(w)$ is correct?',
  choices: [
    {
      id: 'bigger',
      text: 'A bigger $\\eta$ always trains faster',
      feedback:
        'Past a point each step overshoots the minimum and the loss grows: try $\\eta = 0.22$ on the contour plot below.',
    },
    {
      id: 'scale',
      text: '$\\eta$ scales the step size, not its direction',
      correct: true,
      feedback:
        'Right: the direction comes from $-\\nabla L$, the length from $\\eta\\,\\lVert\\nabla L\\rVert$.',
    },
    {
      id: 'tiny',
      text: 'A tiny $\\eta$ is always safe and just as good',
      feedback: 'Safe, but it crawls: after 40 steps you are still far from the minimum.',
    },
    {
      id: 'sign',
      text: 'A negative $\\eta$ makes the descent more stable',
      feedback: 'A negative $\\eta$ climbs the loss: that is gradient ascent.',
    },
  ],
  explanation:
    'On $L = \\tfrac12 w^2$ the update is $w \\leftarrow (1 - \\eta) w$: it converges for $0 < \\eta < 2$, oscillates for $1 < \\eta < 2$ and diverges beyond.',
  maxAttempts: 2,
} satisfies QuizSpecInput);

export const convexQuiz = quizSpecSchema.parse({
  id: 'convex',
  mode: 'multiple',
  stem: 'Which of these losses are convex in $w$?',
  choices: [
    { id: 'mse', text: '$(w x - y)^2$', correct: true, feedback: 'A parabola in $w$: convex.' },
    {
      id: 'l2',
      text: '$\\lambda \\lVert w \\rVert^2$',
      correct: true,
      feedback: 'A bowl: convex for $\\lambda \\ge 0$.',
    },
    { id: 'sin', text: '$\\sin w$', feedback: '$\\sin$ curves down on $(0, \\pi)$: not convex.' },
  ],
} satisfies QuizSpecInput);

export const descentSteps = orderingSpecSchema.parse({
  id: 'gd-steps',
  prompt: 'Order the steps of one run of gradient descent.',
  items: [
    'Initialise the weights $w_0$',
    'Compute the loss $L(w)$ on the data',
    'Compute the gradient $\\nabla L(w)$',
    'Update $w \\leftarrow w - \\eta\\, \\nabla L(w)$',
    'Repeat until the loss stops decreasing',
  ],
  explanation:
    'Each step needs the one before: no gradient without a loss, no update without a gradient.',
  maxAttempts: 3,
} satisfies OrderingSpecInput);

export const conceptMatch = matchSpecSchema.parse({
  id: 'concepts',
  prompt: 'Match each idea to what it means.',
  targets: [
    { id: 'slope', text: 'slope of the tangent line' },
    { id: 'partials', text: 'vector of partial derivatives' },
    { id: 'backprop', text: 'how backpropagation works' },
    { id: 'curvature', text: 'curvature of the loss' },
    { id: 'step', text: 'size of each update step' },
    { id: 'shrink', text: 'pulls weights toward zero' },
  ],
  items: [
    { id: 'derivative', text: "derivative $f'(x)$", target: 'slope' },
    {
      id: 'gradient',
      text: 'gradient $\\nabla L$',
      target: 'partials',
      feedback: 'The gradient collects one partial derivative per weight.',
    },
    {
      id: 'chain',
      text: 'chain rule',
      target: 'backprop',
      feedback: 'Backprop applies the chain rule layer by layer.',
    },
    {
      id: 'hessian',
      text: 'Hessian $\\nabla^2 L$',
      target: 'curvature',
      feedback: 'Second derivatives say how the slope itself changes.',
    },
    { id: 'lr', text: 'learning rate $\\eta$', target: 'step' },
    {
      id: 'l2',
      text: 'L2 penalty $\\lambda\\lVert w\\rVert^2$',
      target: 'shrink',
      feedback: 'Its gradient $2\\lambda w$ points away from zero, so descent pulls toward zero.',
    },
  ],
  explanation: 'Derivatives measure slope; gradients stack them; the chain rule composes them.',
} satisfies MatchSpecInput);

export const convexBuckets = matchSpecSchema.parse({
  id: 'buckets',
  variant: 'categorize',
  prompt: 'Sort these functions by their derivative at $x = 0$.',
  targets: [
    { id: 'pos', text: 'positive slope at 0' },
    { id: 'zero', text: 'zero slope at 0' },
  ],
  items: [
    { text: '$e^x$', target: 'pos' },
    { text: '$x^2$', target: 'zero' },
    { text: '$\\sin x$', target: 'pos' },
    { text: '$\\cos x$', target: 'zero', feedback: "$\\cos'(0) = -\\sin 0 = 0$." },
  ],
} satisfies MatchSpecInput);
