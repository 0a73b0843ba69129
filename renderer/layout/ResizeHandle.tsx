/**
 * A vertical splitter between two columns, resizable with the mouse and the
 * keyboard (WAI-ARIA window splitter pattern): a focusable separator with
 * its value; ←/→ move it by 16 px (Shift: 64 px), Home/End to the limits.
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
  onChange: (value: number) => void;
  className?: string;
}

export function ResizeHandle({ label, value, min, max, direction, onChange, className }: Props): React.JSX.Element {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v)));

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
        onChange(clamp(next));
      }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width: value };
      }}
      onPointerMove={(event) => {
        if (drag.current) onChange(clamp(drag.current.width + (event.clientX - drag.current.x) * direction));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onDoubleClick={() => onChange(clamp((min + max) / 2))}
    />
  );
}
