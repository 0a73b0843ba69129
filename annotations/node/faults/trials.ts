/**
 * Trial counts of the fault tests: a reduced count in `npm test` (and CI),
 * the full count the guarantees state with `npm run test:faults`
 * (FAULTS_FULL=1).
 */
export const FULL = process.env['FAULTS_FULL'] === '1';

export function trials(full: number, reduced: number): number {
  return FULL ? full : reduced;
}
