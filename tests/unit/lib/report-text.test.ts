import { describe, expect, it } from 'vitest';
import { planParts, planText } from '../../../src/lib/report-text';

describe('plans in the report', () => {
  it('keeps what was typed in a partly filled plan and marks the rest 未填', () => {
    expect(planText({ measure: '更换探头', owner: '李工', deadline: '', funds: '' })).toBe(
      '整改措施：更换探头；责任人：李工；期限：未填；资金：未填',
    );
  });

  it('says 未制定 only when nothing was typed', () => {
    expect(planParts(undefined)).toBeUndefined();
    expect(planText({ measure: ' ', owner: '', deadline: '', funds: '' })).toBe('整改计划：未制定');
  });
});
