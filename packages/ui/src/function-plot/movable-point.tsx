'use client';
import { MovablePointDisplay, useMovable, type vec } from 'mafs';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * Mafs' draggable point (arrow keys move it too) with what Mafs leaves out: a role and a name
 * that says what the point is and where it is now, kept up to date as it moves. Mafs' `<g>`
 * takes no extra props, so they are set on it directly.
 */
export function NamedMovablePoint({
  point,
  onMove,
  constrain,
  color,
  label,
  valueText,
  value,
  min,
  max,
}: {
  point: vec.Vector2;
  onMove: (point: vec.Vector2) => void;
  constrain: (point: vec.Vector2) => vec.Vector2;
  color: string;
  /** what the point is and where: "Point on L(w): w = 1.50, L(w) = 2.25" */
  label: string;
  /** where it is, for the slider role: "w = 1.50, L(w) = 2.25" */
  valueText: string;
  value: number;
  min: number;
  max: number;
}) {
  const ref = useRef<SVGGElement>(null);
  // Mafs types the target as never null; it reads it only once mounted.
  const { dragging } = useMovable({
    gestureTarget: ref as RefObject<SVGGElement>,
    onMove,
    point,
    constrain,
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const attributes: Record<string, string> = {
      role: 'slider',
      'aria-label': label,
      'aria-valuetext': valueText,
      'aria-valuenow': String(value),
      'aria-valuemin': String(min),
      'aria-valuemax': String(max),
      'aria-orientation': 'horizontal',
    };
    for (const [name, text] of Object.entries(attributes)) el.setAttribute(name, text);
  }, [label, valueText, value, min, max]);
  return <MovablePointDisplay ref={ref} point={point} color={color} dragging={dragging} />;
}
