/**
 * Files dragged over the workspace: an overlay says they can be dropped, and
 * a drop imports them. Only drags that carry files count (not text dragged
 * out of the article). The listeners are on the window: a file dropped
 * anywhere must never make the window open it.
 */
import { useEffect, useRef, useState } from 'react';
import './import.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }): React.JSX.Element | null {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them.
  const depth = useRef(0);
  const latest = useRef({ onFiles, disabled });
  useEffect(() => {
    latest.current = { onFiles, disabled };
  });

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setOver(true);
    };
    const overHandler = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.disabled ? 'none' : 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Ours alone: the viewer (an editor) must not take the files too.
      event.preventDefault();
      event.stopPropagation();
      depth.current = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0 && !latest.current.disabled) latest.current.onFiles(files);
    };
    // In the capture phase, before any element of the page sees the drag.
    const listeners = [['dragenter', enter], ['dragover', overHandler], ['dragleave', leave], ['drop', drop]] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-overlay" role="region" aria-label="Drop files to import">
      <div className="drop-overlay__box">
        <p className="drop-overlay__title">Drop files to import</p>
        <p className="drop-overlay__hint">.txt, .md, .html, .docx or .pdf: each becomes an article of this set. A REFI-QDA project (.qdpx) or codebook (.qdc) brings its articles, annotations and tags.</p>
      </div>
    </div>
  );
}
