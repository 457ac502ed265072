'use client';
export { Ordering, type OrderingComponentProps } from './ordering.tsx';
export type { OrderingAnswer, OrderingFeedback, OrderingItem, OrderingProps } from './spec.ts';
