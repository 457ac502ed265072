import { describe, expect, it } from 'vitest';
import * as numeric from './index.ts';

describe('public API', () => {
  it.each([
    'Tensor',
    'tensor',
    'zeros',
    'add',
    'matmul',
    'sum',
    'mean',
    'max',
    'norm',
    'slice',
    'concat',
    'transpose',
    'reshape',
    'derivative',
    'forwardDifference',
    'backwardDifference',
    'centralDifference',
    'numericalGradient',
    'numericalJacobian',
    'numericalHessian',
    'limitTable',
    'grad',
    'valueAndGrad',
    'vjp',
    'jacobian',
    'hessian',
    'gradients',
    'Value',
    'toGraph',
    'compareGradients',
    'checkGradient',
    'finiteDifferenceGradient',
    'mse',
    'mae',
    'huber',
    'binaryCrossEntropy',
    'crossEntropy',
    'hinge',
    'sigmoid',
    'tanh',
    'relu',
    'softplus',
    'softmax',
    'l1Penalty',
    'l2Penalty',
    'elasticNetPenalty',
    'sgd',
    'momentum',
    'nesterov',
    'adagrad',
    'rmsprop',
    'adam',
    'adamw',
    'constant',
    'stepDecay',
    'exponentialDecay',
    'cosineDecay',
    'linearWarmup',
    'clipByValue',
    'clipByGlobalNorm',
    'train',
    'Rng',
    'rng',
    'linearRegressionData',
    'logisticRegressionData',
    'spirals',
    'ShapeError',
    'NumericInputError',
    'NumericError',
  ])('exports %s', (name) => {
    expect(numeric).toHaveProperty(name);
  });

  it('error classes are distinguishable and name the op', () => {
    try {
      numeric.add([[1, 2, 3]], [1, 2]);
    } catch (e) {
      expect(e).toBeInstanceOf(numeric.ShapeError);
      expect(e).toBeInstanceOf(numeric.NumericError);
      expect((e as numeric.ShapeError).op).toBe('add');
      expect((e as numeric.ShapeError).shapes).toEqual([[1, 3], [2]]);
      return;
    }
    throw new Error('expected a ShapeError');
  });
});
