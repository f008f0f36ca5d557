import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusOf } from '../../../src/lib/hazards';
import { newDevice, openTab, type Tab } from '../stores/device';

/** Renders the lifecycle of a11-3 of a fresh assessment, re-rendering as the store changes (as ResultStep does). */
async function mount(t: Tab) {
  const { default: HazardLifecycle } = await import('../../../src/islands/self-check/HazardLifecycle');
  const r = t.sc.createAssessment('甲厂');
  if (!r.ok) throw new Error(r.error);
  t.sc.answerItem(r.id, 'a11-3', { answer: 'no' });
  const view = () => <HazardLifecycle aid={r.id} hkey="a11-3" track={track()} deadline="2020-01-01" />;
  const track = () => t.sc.assessments.$items.get()[r.id]?.hazards?.['a11-3'];
  const screen = render(view());
  const rerender = () => screen.rerender(view());
  return { ...screen, id: r.id, track, rerender };
}

describe('HazardLifecycle', () => {
  beforeEach(newDevice);
  afterEach(cleanup);

  it('offers the next steps, refuses a step without 经办人 in Chinese, asks for 验收人 before 销号, and flags 期限已过 until closed', async () => {
    const t = await openTab();
    const s = await mount(t);
    // A deadline long past: 期限已过 until the hazard is closed.
    expect(s.container.querySelector('.overdue')?.textContent).toBe('期限已过');
    expect(s.getAllByRole('button').map((b) => b.textContent)).toEqual(['开始整改', '已整改，待验收']);
    fireEvent.click(s.getByRole('button', { name: '已整改，待验收' }));
    expect(s.getByRole('alert').textContent).toBe('请填写经办人。');
    fireEvent.input(s.getByLabelText('经办人'), { target: { value: '王工' } });
    fireEvent.click(s.getByRole('button', { name: '已整改，待验收' }));
    expect(statusOf(s.track())).toBe('fixed');
    s.rerender();
    // Now the person is the 验收人, and the field starts empty (the 整改 owner is not carried over).
    expect((s.getByLabelText('验收人') as HTMLInputElement).value).toBe('');
    expect(s.getAllByRole('button').map((b) => b.textContent)).toEqual(['验收通过，销号', '验收未通过，继续整改']);
    fireEvent.input(s.getByLabelText('验收人'), { target: { value: '赵科长' } });
    fireEvent.input(s.getByLabelText('验收日期'), { target: { value: '2026-12-04' } });
    fireEvent.click(s.getByRole('button', { name: '验收通过，销号' }));
    expect(statusOf(s.track())).toBe('closed');
    expect(s.track()?.acceptance).toEqual({ by: '赵科长', date: '2026-12-04' });
    s.rerender();
    expect(s.getByText('验收：赵科长，2026-12-04')).toBeTruthy();
    expect(s.getAllByRole('button').map((b) => b.textContent)).toEqual(['重新打开']);
    expect(s.container.querySelector('.overdue')).toBeNull();
    expect([...s.container.querySelectorAll('.history li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/已整改待验收，王工$/),
      '2026-12-04 已销号，赵科长',
    ]);
    // Several renders and store writes over fake IndexedDB: more than the default 5 s on a busy 2-core machine.
  }, 20_000);
});
