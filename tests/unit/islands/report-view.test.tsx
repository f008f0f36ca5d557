import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import ReportView from '../../../src/islands/self-check/ReportView';
import { reportAssessment, reportItems } from '../../fixtures/report-assessment';

// The lifecycle fields are written by the store of another part of issue 11; here the report renders them from a record.
describe('the report renders a tracked record', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-13T04:00:00Z'));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows 检查人, the status, the overdue flag, history, 验收 and the photo area of each hazard', () => {
    const { container } = render(<ReportView a={reportAssessment()} items={reportItems} />);
    const head = container.querySelector('.report-head');
    expect(head?.textContent).toContain('检查人赵安全员');
    expect(head?.textContent).toContain('报告日期2026年6月13日');
    const a46 = container.querySelector<HTMLElement>('#report-a4-6');
    expect(a46).not.toBeNull();
    const card = within(a46 as HTMLElement);
    expect(card.getByText('已整改待验收')).toBeDefined();
    expect(card.getByRole('rowheader', { name: '验收人' }).nextElementSibling?.textContent).toBe('张科长');
    expect(card.getByRole('rowheader', { name: '治理的目标和任务' }).nextElementSibling?.textContent).toBe('恢复报警联网');
    expect(card.getByRole('rowheader', { name: '安全措施和应急预案' }).nextElementSibling?.textContent).toBe('未填');
    expect(a46?.querySelectorAll('.report-history li')).toHaveLength(2);
    // The place of its photo thumbnails (filled by the lazily loaded PhotoThumbs, empty when it has none).
    expect(a46?.querySelector('.report-photos')).not.toBeNull();
    expect(within(container.querySelector('#report-a11-3') as HTMLElement).getByText('期限已过')).toBeDefined();
  });

  it('lists own items in their own section and every item in the appendix', () => {
    render(<ReportView a={reportAssessment()} items={reportItems} />);
    expect(screen.getByRole('heading', { name: '三、自行添加的隐患（1 项）' })).toBeDefined();
    expect(document.querySelector('#report-own-1')?.textContent).toContain('厂区围栏破损');
    const appendix = within(document.querySelector('.report-appendix') as HTMLElement);
    expect(appendix.getAllByRole('row').filter((r) => r.className.startsWith('answer-'))).toHaveLength(5);
    expect(appendix.getByText('未核对')).toBeDefined();
  });

  it('leaves lines to fill by hand when 检查人 and 检查日期 are missing', () => {
    const { container } = render(<ReportView a={reportAssessment({ inspection: undefined })} items={reportItems} />);
    expect(container.querySelectorAll('.report-head .report-fill')).toHaveLength(2);
  });
});
