'use client';
import {
  type KeyboardEvent,
  type PointerEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { ControlText, MathHtmlProvider, MathText } from '../math/math.tsx';
import { useAnnouncer } from '../shared/announcer.tsx';
import { CheckFooter } from '../shared/check-footer.tsx';
import { mathLabel, plainText } from '../shared/plain-text.ts';
import { useServerCheck } from '../shared/use-server-check.ts';
import { move } from './reorder.ts';
import type { OrderingAnswer, OrderingFeedback, OrderingItem, OrderingProps } from './spec.ts';

export interface OrderingComponentProps extends OrderingProps {
  /** sends the order to the server, which checks it (see `checkOrdering`) */
  onCheck: (answer: OrderingAnswer) => Promise<OrderingFeedback>;
  initialAnswer?: OrderingAnswer | null;
  initialFeedback?: OrderingFeedback | null;
}

interface Grab {
  id: string;
  /** order when the item was picked up, for Escape */
  before: string[];
  via: 'keyboard' | 'pointer';
  pointerId?: number;
  startY?: number;
  moved?: boolean;
}

/**
 * Put items in order by mouse, touch or keyboard (Space picks up, arrows move, Space drops,
 * Escape cancels), with screen-reader announcements; the server checks the order.
 */
export function Ordering({
  prompt,
  items,
  maxAttempts,
  math,
  onCheck,
  initialAnswer,
  initialFeedback,
}: OrderingComponentProps) {
  const uid = useId();
  const byId = new Map(items.map((it) => [it.id, it]));
  const [order, setOrder] = useState<string[]>(() => restoreOrder(items, initialAnswer));
  const [grab, setGrab] = useState<Grab | null>(null);
  const {
    feedback,
    setFeedback,
    pending,
    error,
    check: send,
  } = useServerCheck<OrderingAnswer, OrderingFeedback>(
    onCheck,
    initialFeedback,
    'Could not check your order. Check your connection and try again.',
  );
  const { announce, region } = useAnnouncer();
  const refs = useRef(new Map<string, HTMLElement>());
  const listRef = useRef<HTMLOListElement>(null);
  const locked = pending || feedback !== null;
  const n = order.length;
  const label = (id: string) => plainText(byId.get(id)?.text ?? id);

  // React moves the DOM node when the order changes; keep focus on the item being carried.
  useLayoutEffect(() => {
    if (grab?.via === 'keyboard') refs.current.get(grab.id)?.focus();
  });

  function onKeyDown(e: KeyboardEvent, id: string) {
    if (locked) return;
    const index = order.indexOf(id);
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      if (grab?.id === id) {
        setGrab(null);
        announce(`Dropped ${label(id)} at position ${index + 1} of ${n}.`);
      } else {
        setGrab({ id, before: order, via: 'keyboard' });
        announce(
          `Picked up ${label(id)}, position ${index + 1} of ${n}. Use the up and down arrow keys to move it, Space to drop, Escape to cancel.`,
        );
      }
      return;
    }
    if (grab?.id !== id) return;
    const delta =
      e.key === 'ArrowUp' || e.key === 'ArrowLeft'
        ? -1
        : e.key === 'ArrowDown' || e.key === 'ArrowRight'
          ? 1
          : 0;
    if (delta !== 0) {
      e.preventDefault();
      const to = Math.max(0, Math.min(n - 1, index + delta));
      if (to === index) {
        announce(`${label(id)} is already at position ${index + 1} of ${n}.`);
        return;
      }
      setOrder(move(order, index, to));
      announce(`${label(id)} moved to position ${to + 1} of ${n}.`);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOrder(grab.before);
      setGrab(null);
      announce(
        `Cancelled. ${label(id)} is back at position ${grab.before.indexOf(id) + 1} of ${n}.`,
      );
    } else if (e.key === 'Tab') {
      setGrab(null);
    }
  }

  function onPointerDown(e: PointerEvent, id: string) {
    if (locked || e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setGrab({
      id,
      before: order,
      via: 'pointer',
      pointerId: e.pointerId,
      startY: e.clientY,
      moved: false,
    });
  }

  function onPointerMove(e: PointerEvent) {
    if (grab?.via !== 'pointer' || grab.pointerId !== e.pointerId) return;
    if (!grab.moved && Math.abs(e.clientY - (grab.startY ?? e.clientY)) < 4) return;
    if (!grab.moved) setGrab({ ...grab, moved: true });
    // The slot under the pointer: count the other items whose middle is above it.
    let to = 0;
    for (const id of order) {
      if (id === grab.id) continue;
      const rect = refs.current.get(id)?.getBoundingClientRect();
      if (rect && e.clientY > rect.top + rect.height / 2) to += 1;
    }
    const from = order.indexOf(grab.id);
    if (to !== from) setOrder(move(order, from, to));
  }

  function onPointerUp(e: PointerEvent) {
    if (grab?.via !== 'pointer' || grab.pointerId !== e.pointerId) return;
    if (grab.moved)
      announce(`Dropped ${label(grab.id)} at position ${order.indexOf(grab.id) + 1} of ${n}.`);
    setGrab(null);
  }

  function onPointerCancel() {
    if (grab?.via !== 'pointer') return;
    setOrder(grab.before);
    setGrab(null);
  }

  async function check() {
    await send({ order });
  }

  const attemptsLeft = feedback?.attemptsLeft ?? maxAttempts;
  const instructionsId = `${uid}-instructions`;

  return (
    <MathHtmlProvider
      value={math && feedback?.math ? { ...math, ...feedback.math } : (math ?? feedback?.math)}
    >
      <div
        className="slope-widget slope-ordering"
        data-state={feedback ? (feedback.correct ? 'correct' : 'incorrect') : 'answering'}
      >
        <p className="slope-prompt" id={`${uid}-prompt`}>
          <MathText text={prompt} />
        </p>
        <p id={instructionsId} className="slope-hint">
          Drag items into order, or press Space to pick one up, ↑ ↓ to move it, Space to drop it,
          Esc to cancel.
        </p>
        <ol ref={listRef} className="slope-ordering__list" aria-labelledby={`${uid}-prompt`}>
          {order.map((id, index) => {
            const item = byId.get(id);
            const ok = feedback?.positions[index];
            const carried = grab?.id === id && (grab.via === 'keyboard' || grab.moved);
            return (
              <li
                key={id}
                className="slope-ordering__row"
                data-verdict={ok === undefined ? undefined : ok ? 'correct' : 'incorrect'}
              >
                <span className="slope-ordering__index" aria-hidden="true">
                  {index + 1}
                </span>
                <button
                  type="button"
                  ref={(el) => {
                    if (el) refs.current.set(id, el);
                    else refs.current.delete(id);
                  }}
                  className="slope-ordering__item"
                  data-item-id={id}
                  data-grabbed={carried || undefined}
                  aria-roledescription="sortable item"
                  aria-describedby={instructionsId}
                  aria-pressed={grab?.id === id && grab.via === 'keyboard'}
                  aria-disabled={locked || undefined}
                  onKeyDown={(e) => onKeyDown(e, id)}
                  onPointerDown={(e) => onPointerDown(e, id)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp}
                  onPointerCancel={onPointerCancel}
                  onBlur={(e) => {
                    // focus moved elsewhere on purpose (not a DOM move while reordering): drop here
                    if (e.relatedTarget && grab?.via === 'keyboard' && grab.id === id)
                      setGrab(null);
                  }}
                >
                  <span className="slope-grip" aria-hidden="true">
                    ⠿
                  </span>
                  <span>
                    <ControlText text={item?.text ?? id} spoken={mathLabel(item?.text ?? id)} />
                  </span>
                </button>
                {ok !== undefined && (
                  <span className="slope-verdict" data-ok={ok}>
                    <span aria-hidden="true">{ok ? '✓' : '✗'}</span>{' '}
                    {ok ? 'right place' : 'wrong place'}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        <CheckFooter
          feedback={feedback}
          pending={pending}
          error={error}
          attemptsLeft={attemptsLeft}
          checkLabel="Check order"
          onCheck={check}
          onRetry={() => setFeedback(null)}
          announcer={region}
          summary={
            feedback?.correct
              ? 'Correct! Every step is in its place.'
              : `${feedback?.positions.filter(Boolean).length ?? 0} of ${n} in the right place.${feedback?.finished ? '' : ' Move the marked ones and try again.'}`
          }
        >
          {feedback?.solution && !feedback.correct && (
            <div className="slope-explanation">
              <strong>The right order:</strong>
              <ol>
                {feedback.solution.map((id) => (
                  <li key={id}>
                    <MathText text={byId.get(id)?.text ?? id} />
                  </li>
                ))}
              </ol>
            </div>
          )}
        </CheckFooter>
      </div>
    </MathHtmlProvider>
  );
}

function restoreOrder(items: OrderingItem[], answer: OrderingAnswer | null | undefined): string[] {
  const ids = items.map((i) => i.id);
  if (!answer) return ids;
  const known = new Set(ids);
  const restored = answer.order.filter((id) => known.has(id));
  return restored.length === ids.length ? restored : ids;
}
