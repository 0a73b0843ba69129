import { describe, expect, it } from 'vitest';
import { emptyStack, recorded, redoStep, undoStep } from './undo-stack';

describe('undo stack', () => {
  it('undoes newest first and redoes in the order undone', () => {
    let stack = recorded(recorded(emptyStack<string>(), 'a'), 'b');
    const first = undoStep(stack)!;
    expect(first.entry).toBe('b');
    const second = undoStep(first.next)!;
    expect(second.entry).toBe('a');
    expect(undoStep(second.next)).toBeNull();
    const redo = redoStep(second.next)!;
    expect(redo.entry).toBe('a');
    stack = redo.next;
    expect(stack).toEqual({ done: ['a'], undone: ['b'] });
  });

  it('forgets what was undone when a new action is recorded', () => {
    const undone = undoStep(recorded(emptyStack<string>(), 'a'))!.next;
    const stack = recorded(undone, 'c');
    expect(redoStep(stack)).toBeNull();
    expect(stack.done).toEqual(['c']);
  });

  it('keeps only the newest entries beyond the limit', () => {
    let stack = emptyStack<number>();
    for (let i = 0; i < 5; i++) stack = recorded(stack, i, 3);
    expect(stack.done).toEqual([2, 3, 4]);
  });
});
