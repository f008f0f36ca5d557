import { describe, expect, it } from 'vitest';
import { STATUSES, isHazardStatus } from '../../../src/lib/hazards';

describe('isHazardStatus', () => {
  it('accepts every status and nothing else (a ledger filter never takes an unknown value)', () => {
    expect(STATUSES.every(isHazardStatus)).toBe(true);
    for (const x of ['all', '', 'Open', 'closed ', '已销号']) expect(isHazardStatus(x)).toBe(false);
  });
});
