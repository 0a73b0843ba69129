/**
 * Progress passed on only when it reaches another whole percent (and at the
 * start and the end): work over 10,000 articles or claims makes about 100
 * events, not 10,000 messages to the window and as many renders.
 */
export function inWholePercents(report: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
    if (percent === last && done !== total) return;
    last = percent;
    report(done, total);
  };
}
