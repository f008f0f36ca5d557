import { describe, expect, it } from 'vitest';
import { mayHoldData } from '../../../../src/lib/storage/device-data';

describe('mayHoldData', () => {
  it('is false only when neither the database nor a first-release key is there', () => {
    expect(mayHoldData([], [])).toBe(false);
    expect(mayHoldData([{ name: 'other-site' }, {}], ['theme', 'gmaqx'])).toBe(false);
  });
  it('is true when the database exists or a first-release key is left', () => {
    expect(mayHoldData([{ name: 'gmaq' }], [])).toBe(true);
    expect(mayHoldData([], ['gmaq:practice'])).toBe(true);
    expect(mayHoldData([], ['gmaq:self-check:corrupt:2024-01-01'])).toBe(true);
  });
});
