'use client';
import type { KeyboardEventHandler, PointerEventHandler, Ref } from 'react';
import { ControlText, MathText } from '../math/math.tsx';
import { mathLabel } from '../shared/plain-text.ts';
import type { MatchPairFeedback } from './spec.ts';

export interface MatchItemProps {
  item: { id: string; text: string };
  /** feedback for this item, once checked */
  pair: MatchPairFeedback | undefined;
  /** the text of the target it belongs to, once revealed */
  expectedText: string | undefined;
  grabbed: boolean;
  /** picked up by keyboard (aria-pressed) */
  pressed: boolean;
  locked: boolean;
  instructionsId: string;
  buttonRef: Ref<HTMLButtonElement>;
  onKeyDown: KeyboardEventHandler;
  onClick: () => void;
  onPointerDown: PointerEventHandler;
  onPointerMove: PointerEventHandler;
  onPointerUp: PointerEventHandler;
  onPointerCancel: () => void;
}

/** One draggable item of a Match, with its verdict and feedback after checking. */
export function MatchItem({
  item,
  pair,
  expectedText,
  grabbed,
  pressed,
  locked,
  instructionsId,
  buttonRef,
  ...handlers
}: MatchItemProps) {
  return (
    <li className="slope-match__entry">
      <button
        type="button"
        ref={buttonRef}
        className="slope-match__item"
        data-item-id={item.id}
        data-grabbed={grabbed || undefined}
        aria-pressed={pressed}
        aria-describedby={instructionsId}
        aria-roledescription="draggable item"
        aria-disabled={locked || undefined}
        {...handlers}
      >
        <span className="slope-grip" aria-hidden="true">
          ⠿
        </span>
        <span>
          <ControlText text={item.text} spoken={mathLabel(item.text)} />
        </span>
      </button>
      {pair && pair.targetId !== null && (
        <span className="slope-verdict" data-ok={pair.correct}>
          <span aria-hidden="true">{pair.correct ? '✓' : '✗'}</span>{' '}
          {pair.correct ? 'correct' : 'incorrect'}
          {pair.feedback && (
            <span className="slope-match__why">
              {' — '}
              <MathText text={pair.feedback} />
            </span>
          )}
          {!pair.correct && expectedText && (
            <span className="slope-match__why">
              {' — belongs with '}
              <MathText text={expectedText} />
            </span>
          )}
        </span>
      )}
    </li>
  );
}
