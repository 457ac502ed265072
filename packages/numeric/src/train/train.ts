import { gradients } from '../autodiff/engine.ts';
import { clipByGlobalNorm, clipByValue, globalNorm } from '../optim/clip.ts';
import type { Optimizer } from '../optim/optimizer.ts';
import { formatShape, NumericInputError, ShapeError } from '../tensor/errors.ts';
import type { Tensor } from '../tensor/tensor.ts';

/** What happened at one training step (the data behind a loss-curve plot). */
export interface StepRecord {
  step: number;
  /** Loss before this step's update. */
  loss: number;
  /** Global gradient norm before clipping. */
  gradNorm: number;
  /** Learning rate used for this step's update. */
  lr: number;
  /** Loss or gradient contained NaN/Infinity (no update was made). */
  nonFinite: boolean;
  /** The loss has grown for `patience` consecutive steps. */
  diverging: boolean;
}

export interface TrainOptions {
  params: readonly Tensor[];
  /** Builds the scalar loss from the current params; `step` lets it pick a mini-batch. */
  loss: (step: number) => Tensor;
  optimizer: Optimizer;
  steps: number;
  clip?: { value?: number; globalNorm?: number };
  /** Flag divergence after the loss grew `patience` steps in a row (default 5); stop then if `stop` (default true). */
  divergence?: { patience?: number; stop?: boolean };
  /** Called after each step, e.g. to stream points to a plot. */
  onStep?: (record: StepRecord) => void;
}

export interface TrainResult {
  history: StepRecord[];
  /** 'completed', or why training stopped early. */
  status: 'completed' | 'non-finite' | 'diverged';
  /** Loss at the last recorded step. */
  finalLoss: number;
}

/**
 * Run gradient descent and record loss, gradient norm and learning rate per step, flagging
 * NaN/Infinity (training stops before corrupting the parameters) and divergence.
 *
 * @example
 * const w = tensor([0], { requiresGrad: true });
 * const { history } = train({ params: [w], loss: () => mse(w, [3]), optimizer: sgd({ lr: 0.1 }), steps: 50 });
 * history.at(-1).loss // ≈ 0
 */
export function train(options: TrainOptions): TrainResult {
  const { params, optimizer } = options;
  if (!Number.isInteger(options.steps) || options.steps < 0) {
    throw new NumericInputError('train', `steps must be a whole number >= 0, got ${options.steps}`);
  }
  const patience = options.divergence?.patience ?? 5;
  const stopOnDivergence = options.divergence?.stop ?? true;
  const history: StepRecord[] = [];
  let rising = 0;
  let status: TrainResult['status'] = 'completed';
  for (let step = 0; step < options.steps; step++) {
    const lossTensor = options.loss(step);
    if (lossTensor.size !== 1) {
      throw new ShapeError(
        'train',
        `loss must be a scalar, got shape ${formatShape(lossTensor.shape)}`,
        [lossTensor.shape],
      );
    }
    const loss = lossTensor.data[0]!;
    let grads = gradients(lossTensor, params);
    const gradNorm = globalNorm(grads);
    const lr = optimizer.learningRate();
    const previous = history[history.length - 1];
    rising = previous && loss > previous.loss ? rising + 1 : 0;
    const nonFinite = !Number.isFinite(loss) || !Number.isFinite(gradNorm);
    const record: StepRecord = {
      step,
      loss,
      gradNorm,
      lr,
      nonFinite,
      diverging: rising >= patience,
    };
    if (!nonFinite) {
      if (options.clip?.value !== undefined) grads = clipByValue(grads, options.clip.value);
      if (options.clip?.globalNorm !== undefined)
        grads = clipByGlobalNorm(grads, options.clip.globalNorm).grads;
      optimizer.step(params, grads);
    }
    history.push(record);
    options.onStep?.(record);
    if (nonFinite) {
      status = 'non-finite';
      break;
    }
    if (record.diverging && stopOnDivergence) {
      status = 'diverged';
      break;
    }
  }
  return { history, status, finalLoss: history[history.length - 1]?.loss ?? Number.NaN };
}
