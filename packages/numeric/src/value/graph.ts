import type { Value } from './value.ts';

/** A node of a computation graph as plain data, ready for a UI to draw. */
export interface GraphNode {
  id: string;
  label: string;
  op: string;
  data: number;
  grad: number;
}

/** An edge from an input node to the node computed from it. */
export interface GraphEdge {
  from: string;
  to: string;
}

export interface ValueGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The graph under `root` as plain data (ids `n0, n1, …` in topological order, inputs first),
 * for the computation-graph widget. Edges point from input to output.
 *
 * @example
 * const a = new Value(2, 'a');
 * toGraph(a.mul(a)) // { nodes: [{ id: 'n0', label: 'a', op: '', … }, { id: 'n1', op: '×', … }],
 *                   //   edges: [{ from: 'n0', to: 'n1' }, { from: 'n0', to: 'n1' }] }
 */
export function toGraph(root: Value): ValueGraph {
  const order = root.topologicalOrder();
  const ids = new Map<Value, string>();
  order.forEach((v, i) => {
    ids.set(v, `n${i}`);
  });
  return {
    nodes: order.map((v) => ({
      id: ids.get(v)!,
      label: v.label,
      op: v.op,
      data: v.data,
      grad: v.grad,
    })),
    edges: order.flatMap((v) => v.children.map((c) => ({ from: ids.get(c)!, to: ids.get(v)! }))),
  };
}
