'use client';

import { Component, type ReactNode, useEffect } from 'react';

interface Props {
  onError(error: Error): void;
  children: ReactNode;
}

/**
 * Catches what a compiled draft throws while rendering (an undefined variable in an
 * expression, a widget prop of the wrong type) so the editor stays usable.
 */
export class RenderBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Calls `onCommit` once the tree around it has rendered without throwing. */
export function Committed({ onCommit }: { onCommit(): void }) {
  useEffect(onCommit);
  return null;
}
