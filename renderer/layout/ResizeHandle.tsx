/**
 * A vertical splitter between two columns, resizable with the mouse and the
 * keyboard (WAI-ARIA window splitter pattern): a focusable separator with
 * its value; ←/→ move it by 16 px (Shift: 64 px), Home/End to the limits.
 *
 * A drag shows each width as the pointer moves (`onChange`) and settles on
 * one when it ends (`onCommit`, where the width is stored), however it ends:
 * released, cancelled by the system (pointercancel), the capture lost (the
 * window lost focus, the element went), or the button found up at the next
 * move (released where no event reached the page). A drag left running would
 * follow the pointer with no button pressed.
 */
import { useRef } from 'react';
import './layout.css';

interface Props {
  label: string;
  /** Width of the column it resizes, in px. */
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the column (left column), -1 when it narrows it (right column). */
  direction: 1 | -1;
  /** A width shown while dragging. */
  onChange: (value: number) => void;
  /** The width settled on: a drag ended, a key pressed, a double click. */
  onCommit: (value: number) => void;
  className?: string;
}

interface Drag {
  pointerId: number;
  x: number;
  width: number;
  /** The width shown last. */
  shown: number;
}

export function ResizeHandle({ label, value, min, max, direction, onChange, onCommit, className }: Props): React.JSX.Element {
  const drag = useRef<Drag | null>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));
  const endDrag = () => {
    const ended = drag.current;
    drag.current = null;
    if (ended && ended.shown !== ended.width) onCommit(ended.shown);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`resize-handle${className ? ` ${className}` : ''}`}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 64 : 16;
        const next =
          event.key === 'ArrowRight' ? value + step * direction
          : event.key === 'ArrowLeft' ? value - step * direction
          : event.key === 'Home' ? min
          : event.key === 'End' ? max
          : null;
        if (next === null) return;
        event.preventDefault();
        onCommit(clamp(next));
      }}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { pointerId: event.pointerId, x: event.clientX, width: value, shown: value };
      }}
      onPointerMove={(event) => {
        const current = drag.current;
        if (!current || event.pointerId !== current.pointerId) return;
        if (event.buttons === 0) return endDrag();
        const next = clamp(current.width + (event.clientX - current.x) * direction);
        if (next === current.shown) return;
        current.shown = next;
        onChange(next);
      }}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
      onDoubleClick={() => onCommit(clamp((min + max) / 2))}
    />
  );
}
