import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import ProfileForm from '../../../../src/islands/self-check/ProfileForm';
import { EMPTY_PROFILE } from '../../../../src/lib/applicability';
import { buildCheckItems } from '../../../../src/lib/checks';
import { PROFILE_OPTIONS, option, setChosen } from '../../../../src/lib/profile';
import type { Assessment } from '../../../../src/lib/self-check';

describe('profile form: sub-sector questions', () => {
  afterEach(cleanup);

  it('asks about a sub-sector only once its industry or special domain is chosen', () => {
    render(<ProfileForm name="" profile={EMPTY_PROFILE} items={[]} submitLabel="开始" onSubmit={() => {}} />);
    expect(screen.queryByLabelText(/铝加工深井铸造/)).toBeNull();
    expect(screen.getByText(/没有需要补充的细分工艺/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText(/^有色/));
    expect(screen.getByLabelText(/铝加工深井铸造/)).toBeTruthy();
    expect(screen.queryByLabelText(/木质粉尘/)).toBeNull();

    fireEvent.click(screen.getByLabelText(/存在粉尘爆炸危险/));
    expect(screen.getByLabelText(/木质粉尘/)).toBeTruthy();
  });

  it('keeps a ticked sub-sector visible after its industry is unticked, so it can be cleared', () => {
    const profile = { ...EMPTY_PROFILE, subSectors: ['baijiu' as const] };
    render(<ProfileForm name="" profile={profile} items={[]} submitLabel="开始" onSubmit={() => {}} />);
    expect((screen.getByLabelText(/白酒/) as HTMLInputElement).checked).toBe(true);
  });
});

describe('profile form: reads the profile module', () => {
  afterEach(cleanup);
  const everything = PROFILE_OPTIONS.reduce((p, o) => setChosen(p, o, true), EMPTY_PROFILE);

  it('shows every option of the list with its label and its reason', () => {
    render(<ProfileForm name="" profile={everything} items={[]} submitLabel="开始" onSubmit={() => {}} />);
    for (const o of PROFILE_OPTIONS) {
      const box = screen.getByRole('checkbox', { name: o.label }) as HTMLInputElement;
      expect(box.checked, `${o.field}.${o.code}`).toBe(true);
      expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe(o.why);
    }
    expect(screen.getAllByRole('checkbox')).toHaveLength(PROFILE_OPTIONS.length);
  });

  it('saves exactly the codes ticked, under their stored names', () => {
    const onSubmit = vi.fn();
    render(<ProfileForm name="" profile={EMPTY_PROFILE} items={[]} submitLabel="开始" onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('checkbox', { name: option('specials', 'dust').label }));
    fireEvent.click(screen.getByRole('checkbox', { name: option('dustWorkers30', 'dustWorkers30').label }));
    fireEvent.click(screen.getByRole('button', { name: '开始' }));
    expect(onSubmit).toHaveBeenCalledWith('', { ...EMPTY_PROFILE, specials: ['dust'], dustWorkers30: true });
  });
});

describe('profile form: hints', () => {
  afterEach(cleanup);
  const dust = { ...EMPTY_PROFILE, specials: ['dust' as const] };
  const wetBox = () => screen.getByRole('checkbox', { name: '遇湿自燃金属粉尘' }) as HTMLInputElement;

  it('asks about 遇湿自燃 with the reason when 铝镁 is ticked, and ticks it only on yes', () => {
    render(<ProfileForm name="" profile={dust} items={[]} submitLabel="开始" onSubmit={() => {}} />);
    fireEvent.click(screen.getByRole('checkbox', { name: '铝镁等金属粉尘' }));
    const hint = screen.getByRole('group', { name: /是否也选“遇湿自燃金属粉尘”/ });
    expect(hint.textContent).toContain('第十一条第（九）项');
    expect(wetBox().checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '是，也选上' }));
    expect(wetBox().checked).toBe(true);
    expect(screen.queryByRole('group', { name: /是否也选/ })).toBeNull();
  });

  it('leaves the box as it was on no', () => {
    render(<ProfileForm name="" profile={dust} items={[]} submitLabel="开始" onSubmit={() => {}} />);
    fireEvent.click(screen.getByRole('checkbox', { name: '铝镁等金属粉尘' }));
    fireEvent.click(screen.getByRole('button', { name: '不是，不选' }));
    expect(wetBox().checked).toBe(false);
    expect(screen.queryByRole('group', { name: /是否也选/ })).toBeNull();
  });
});

describe('profile form: unticking a box that hides answered findings', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  const items = buildCheckItems(
    [
      {
        id: 'a11-3',
        article: 11,
        item: 3,
        title: '干式除尘系统未采取防爆措施',
        statement: '情形',
        desiredState: '状态',
        checks: ['看'],
        appliesTo: { specials: ['dust'] },
        article14: false,
        devices: [],
      },
    ],
    [],
  );
  const profile = { ...EMPTY_PROFILE, specials: ['dust' as const] };
  const a: Assessment = {
    id: 'sc-t',
    name: '厂',
    createdAt: '',
    updatedAt: '',
    profile,
    answers: { 'a11-3': { answer: 'no' } },
    plans: {},
  };
  const dustBox = () => screen.getByRole('checkbox', { name: option('specials', 'dust').label }) as HTMLInputElement;

  it('asks first, naming the finding, and keeps the box on cancel', () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const onSubmit = vi.fn();
    render(<ProfileForm name="" profile={profile} assessment={a} items={items} submitLabel="保存" onSubmit={onSubmit} />);
    fireEvent.click(dustBox());
    expect(confirm).toHaveBeenCalledOnce();
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('1 项已发现的问题'));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('第十一条第（三）项 干式除尘系统未采取防爆措施'));
    expect(dustBox().checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSubmit).toHaveBeenCalledWith('', profile);
  });

  it('unticks on confirm; a box that hides nothing does not ask', () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    render(<ProfileForm name="" profile={profile} assessment={a} items={items} submitLabel="保存" onSubmit={() => {}} />);
    fireEvent.click(dustBox());
    expect(dustBox().checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: '冶金' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '冶金' }));
    expect(confirm).toHaveBeenCalledOnce();
  });
});
