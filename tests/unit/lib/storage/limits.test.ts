import { describe, expect, it } from 'vitest';
import { clampText, cleanDate, copyName } from '../../../../src/lib/storage/limits';

describe('clampText', () => {
  it('leaves a text within the limit alone and cuts a longer one', () => {
    expect(clampText('粉尘防爆', 10)).toBe('粉尘防爆');
    expect(clampText('粉尘防爆措施', 4)).toBe('粉尘防爆');
  });

  it('never splits a rare character (a surrogate pair) in two', () => {
    const rare = '𠀀'; // two UTF-16 units
    expect(clampText(`ab${rare}`, 3)).toBe('ab');
    expect(clampText(`ab${rare}`, 4)).toBe(`ab${rare}`);
  });
});

describe('copyName', () => {
  it('numbers re-check copies: 原名（复查）, then （复查2）, （复查3）', () => {
    expect(copyName('某铝业公司')).toBe('某铝业公司（复查）');
    expect(copyName('某铝业公司（复查）')).toBe('某铝业公司（复查2）');
    expect(copyName('某铝业公司（复查2）')).toBe('某铝业公司（复查3）');
  });

  it('stays within the name limit by shortening the name, never the suffix', () => {
    const name = copyName('很长的企业名称很长的企业名称', 10);
    expect(name).toHaveLength(10);
    expect(name.endsWith('（复查）')).toBe(true);
  });
});

describe('cleanDate', () => {
  it('keeps a yyyy-mm-dd date and drops anything else', () => {
    expect(cleanDate('2026-12-31')).toBe('2026-12-31');
    expect(cleanDate('2026/12/31')).toBe('');
    expect(cleanDate('下周')).toBe('');
  });
});
