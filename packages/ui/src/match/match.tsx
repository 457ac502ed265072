'use client';
import {
  type KeyboardEvent,
  type PointerEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { MathHtmlProvider, MathText } from '../math/math.tsx';
import { useAnnouncer } from '../shared/announcer.tsx';
import { CheckFooter } from '../shared/check-footer.tsx';
import { plainText } from '../shared/plain-text.ts';
import { useServerCheck } from '../shared/use-server-check.ts';
import { MatchItem } from './match-item.tsx';
import type { MatchAnswer, MatchFeedback, MatchPairFeedback, MatchProps } from './spec.ts';

export interface MatchComponentProps extends MatchProps {
  /** sends the placements to the server, which checks them (see `checkMatch`) */
  onCheck: (answer: MatchAnswer) => Promise<MatchFeedback>;
  initialAnswer?: MatchAnswer | null;
  initialFeedback?: MatchFeedback | null;
}

const POOL = '__pool__';

interface Grab {
  itemId: string;
  via: 'keyboard' | 'pointer';
  /** keyboard: the zone the arrows point at */
  zone: string;
  pointerId?: number;
  start?: { x: number; y: number };
  /** pointer: where the ghost is, once the pointer moved */
  at?: { x: number; y: number };
}

/**
 * Drag items onto targets (term → meaning) or into buckets (categorize) by mouse, touch or
 * keyboard (Space picks up, arrows choose a target, Space drops, Escape cancels), or click an
 * item and then a target. The server checks the placements.
 */
export function Match({
  prompt,
  variant,
  targets,
  items,
  maxAttempts,
  math,
  onCheck,
  initialAnswer,
  initialFeedback,
}: MatchComponentProps) {
  const uid = useId();
  const [placements, setPlacements] = useState<Record<string, string>>(
    () => initialAnswer?.placements ?? {},
  );
  const [grab, setGrab] = useState<Grab | null>(null);
  const {
    feedback,
    setFeedback,
    pending,
    error,
    setError,
    check: send,
  } = useServerCheck<MatchAnswer, MatchFeedback>(
    onCheck,
    initialFeedback,
    'Could not check your answer. Check your connection and try again.',
  );
  const { announce, region } = useAnnouncer();
  const itemRefs = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterRender = useRef<string | null>(null);
  const suppressClick = useRef(false);
  const locked = pending || feedback !== null;

  const zones = [POOL, ...targets.map((t) => t.id)];
  const zoneName = (zone: string) =>
    zone === POOL
      ? 'the unplaced items'
      : plainText(targets.find((t) => t.id === zone)?.text ?? zone);
  const itemName = (id: string) => plainText(items.find((i) => i.id === id)?.text ?? id);
  const inZone = (zone: string) => items.filter((i) => (placements[i.id] ?? POOL) === zone);
  const pairById = new Map<string, MatchPairFeedback>(feedback?.pairs.map((p) => [p.itemId, p]));

  useLayoutEffect(() => {
    if (focusAfterRender.current) {
      itemRefs.current.get(focusAfterRender.current)?.focus();
      focusAfterRender.current = null;
    }
  });

  function describeZone(zone: string, itemId: string): string {
    if (zone === POOL) return 'Unplaced items.';
    const here = inZone(zone).filter((i) => i.id !== itemId);
    const n = zones.indexOf(zone);
    const holds =
      here.length === 0
        ? 'empty'
        : variant === 'match'
          ? `holds ${plainText(here[0]?.text ?? '')}, which would go back`
          : `holds ${here.length} ${here.length === 1 ? 'item' : 'items'}`;
    return `${zoneName(zone)}, target ${n} of ${targets.length}, ${holds}.`;
  }

  function place(itemId: string, zone: string) {
    setPlacements((prev) => {
      const next = { ...prev };
      if (zone === POOL) delete next[itemId];
      else {
        if (variant === 'match')
          for (const [other, z] of Object.entries(next)) if (z === zone) delete next[other];
        next[itemId] = zone;
      }
      return next;
    });
    focusAfterRender.current = itemId;
    announce(
      zone === POOL
        ? `${itemName(itemId)} is back among the unplaced items.`
        : `Placed ${itemName(itemId)} on ${zoneName(zone)}.`,
    );
  }

  function pickUp(itemId: string) {
    const current = placements[itemId] ?? POOL;
    const zone = zones[(zones.indexOf(current) + 1) % zones.length] ?? POOL;
    setGrab({ itemId, via: 'keyboard', zone });
    announce(
      `Picked up ${itemName(itemId)}. Use the arrow keys to choose a target, Space to drop, Escape to cancel. ${describeZone(zone, itemId)}`,
    );
  }

  function onItemKeyDown(e: KeyboardEvent, itemId: string) {
    if (locked) return;
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      if (grab?.itemId === itemId) {
        setGrab(null);
        place(itemId, grab.zone);
      } else pickUp(itemId);
      return;
    }
    if (grab?.itemId !== itemId) return;
    const step =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? 1
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? -1
          : 0;
    if (step !== 0) {
      e.preventDefault();
      const zone = zones[(zones.indexOf(grab.zone) + step + zones.length) % zones.length] ?? POOL;
      setGrab({ ...grab, zone });
      announce(describeZone(zone, itemId));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setGrab(null);
      announce(`Cancelled. ${itemName(itemId)} stays where it was.`);
    } else if (e.key === 'Tab') setGrab(null);
  }

  function onItemClick(itemId: string) {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    if (locked) return;
    if (grab?.itemId === itemId) {
      setGrab(null);
      announce(`Put ${itemName(itemId)} down.`);
    } else pickUp(itemId);
  }

  function onZoneClick(zone: string) {
    if (grab?.via !== 'keyboard' || locked) return;
    setGrab(null);
    place(grab.itemId, zone);
  }

  function zoneAt(x: number, y: number): string | null {
    const el = document.elementFromPoint?.(x, y)?.closest<HTMLElement>('[data-drop-zone]');
    return el?.closest(`[data-match-root="${uid}"]`) ? (el.dataset.dropZone ?? null) : null;
  }

  function onPointerDown(e: PointerEvent, itemId: string) {
    if (locked || e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setGrab({
      itemId,
      via: 'pointer',
      zone: placements[itemId] ?? POOL,
      pointerId: e.pointerId,
      start: { x: e.clientX, y: e.clientY },
    });
  }

  function onPointerMove(e: PointerEvent) {
    if (grab?.via !== 'pointer' || grab.pointerId !== e.pointerId || !grab.start) return;
    if (!grab.at && Math.hypot(e.clientX - grab.start.x, e.clientY - grab.start.y) < 5) return;
    setGrab({
      ...grab,
      at: { x: e.clientX, y: e.clientY },
      zone: zoneAt(e.clientX, e.clientY) ?? '',
    });
  }

  function onPointerUp(e: PointerEvent) {
    if (grab?.via !== 'pointer' || grab.pointerId !== e.pointerId) return;
    setGrab(null);
    if (!grab.at) return; // a click: handled by onClick
    suppressClick.current = true;
    const zone = zoneAt(e.clientX, e.clientY);
    if (zone) place(grab.itemId, zone);
    else announce(`${itemName(grab.itemId)} was not dropped on a target.`);
  }

  async function check() {
    const unplaced = items.filter((i) => !placements[i.id]).length;
    if (unplaced > 0) {
      setError(`Place every item first (${unplaced} left).`);
      return;
    }
    await send({ placements });
  }

  const attemptsLeft = feedback?.attemptsLeft ?? maxAttempts;
  const instructionsId = `${uid}-instructions`;
  const dragged =
    grab?.via === 'pointer' && grab.at ? items.find((i) => i.id === grab.itemId) : undefined;

  function renderItem(item: { id: string; text: string }) {
    const pair = pairById.get(item.id);
    return (
      <MatchItem
        key={item.id}
        item={item}
        pair={pair}
        expectedText={targets.find((t) => t.id === pair?.expectedTargetId)?.text}
        grabbed={grab?.itemId === item.id}
        pressed={grab?.itemId === item.id && grab.via === 'keyboard'}
        locked={locked}
        instructionsId={instructionsId}
        buttonRef={(el) => {
          if (el) itemRefs.current.set(item.id, el);
          else itemRefs.current.delete(item.id);
        }}
        onKeyDown={(e) => onItemKeyDown(e, item.id)}
        onClick={() => onItemClick(item.id)}
        onPointerDown={(e) => onPointerDown(e, item.id)}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setGrab(null)}
      />
    );
  }

  function zoneProps(zone: string) {
    return {
      'data-drop-zone': zone,
      'data-active': grab?.zone === zone || undefined,
      onClick: () => onZoneClick(zone),
    };
  }

  return (
    <MathHtmlProvider
      value={math && feedback?.math ? { ...math, ...feedback.math } : (math ?? feedback?.math)}
    >
      <div
        className={`slope-widget slope-match slope-match--${variant}`}
        data-match-root={uid}
        data-state={feedback ? (feedback.correct ? 'correct' : 'incorrect') : 'answering'}
        data-dragging={dragged ? true : undefined}
      >
        <p className="slope-prompt">
          <MathText text={prompt} />
        </p>
        <p id={instructionsId} className="slope-hint">
          Drag an item onto a target, or tap the item then the target. Keys: Space picks up, arrow
          keys choose a target, Space drops, Esc cancels.
        </p>
        {/* biome-ignore lint/a11y/useSemanticElements: a drop zone holding buttons, not a form fieldset */}
        <div
          role="group"
          className="slope-match__pool"
          aria-label="Unplaced items"
          {...zoneProps(POOL)}
        >
          <div className="slope-match__heading">Unplaced items</div>
          <ul className="slope-match__items">{inZone(POOL).map(renderItem)}</ul>
          {inZone(POOL).length === 0 && <p className="slope-muted">All items placed.</p>}
        </div>
        <div className="slope-match__targets">
          {targets.map((target) => (
            // biome-ignore lint/a11y/useSemanticElements: a drop zone holding buttons, not a form fieldset
            <div
              role="group"
              key={target.id}
              className="slope-match__target"
              aria-label={plainText(target.text)}
              {...zoneProps(target.id)}
            >
              <div className="slope-match__heading">
                <MathText text={target.text} />
              </div>
              <div className="slope-match__slot">
                <ul className="slope-match__items">{inZone(target.id).map(renderItem)}</ul>
                {inZone(target.id).length === 0 && (
                  <p className="slope-match__empty" aria-hidden="true">
                    {variant === 'match' ? 'Drop a term here' : 'Drop items here'}
                  </p>
                )}
              </div>
            </div>
          ))}
        </div>
        {dragged && grab?.at && (
          <div
            className="slope-match__ghost"
            aria-hidden="true"
            style={{ left: grab.at.x, top: grab.at.y }}
          >
            <MathText text={dragged.text} />
          </div>
        )}
        <CheckFooter
          feedback={feedback}
          pending={pending}
          error={error}
          attemptsLeft={attemptsLeft}
          onCheck={check}
          onRetry={() => setFeedback(null)}
          announcer={region}
          summary={
            feedback?.correct
              ? 'Correct! Every item is in its place.'
              : `${feedback?.pairs.filter((p) => p.correct).length ?? 0} of ${items.length} placed correctly.`
          }
        />
      </div>
    </MathHtmlProvider>
  );
}
