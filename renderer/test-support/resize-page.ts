/**
 * The page of the resize handle's test (layout/resize-handle.test.ts): the
 * article list's splitter as the workspace wires it (useColumnWidths), in a
 * real DOM, with every write to localStorage counted.
 */
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ResizeHandle } from '../layout/ResizeHandle';
import { COLUMN_LIMITS, useColumnWidths } from '../layout/use-column-widths';

export interface ResizePage {
  /** Writes to localStorage so far, with what each wrote. */
  writes: string[];
  /** A fresh splitter: nothing stored, no writes counted. */
  reset(): void;
}

const writes: string[] = [];
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
  writes.push(value);
  setItem.call(this, key, value);
};

function Splitter(): ReactElement {
  const columns = useColumnWidths();
  const { min, max } = COLUMN_LIMITS.nav;
  return createElement(
    'div',
    { style: { display: 'flex', height: '400px', paddingLeft: '300px' } },
    createElement(ResizeHandle, {
      label: 'Resize the article list',
      value: columns.widths.nav,
      min,
      max,
      direction: 1,
      onChange: (w: number) => columns.setWidth('nav', w),
      onCommit: (w: number) => columns.saveWidth('nav', w),
    }),
  );
}

const container = document.createElement('div');
document.body.append(container);
let root = createRoot(container);
root.render(createElement(Splitter));

(window as unknown as { resizePage: ResizePage }).resizePage = {
  writes,
  reset() {
    root.unmount();
    localStorage.clear();
    writes.length = 0;
    root = createRoot(container);
    flushSync(() => root.render(createElement(Splitter)));
  },
};
