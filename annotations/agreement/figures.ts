/** How a figure of the agreement report is written (the CLI, the exports and the app's report alike). */

export const NOT_DEFINED = 'not defined';

/** A figure to two decimals, or "not defined". */
export function figure(value: number | null): string {
  return value === null ? NOT_DEFINED : value.toFixed(2);
}

export function percent(value: number | null): string {
  return value === null ? NOT_DEFINED : `${Math.round(value * 100)}%`;
}
