/**
 * Whether an element is on screen (or about to be): a card's Elsewhere
 * summary asks the core only then. An article with a hundred claims would
 * otherwise ask a hundred times on opening, and again after every change,
 * for cards no one is looking at.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the view an element counts as about to be seen. */
const MARGIN = '200px 0px';

export function useInView(element: RefObject<Element | null>): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return undefined;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? false), { rootMargin: MARGIN });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return inView;
}
