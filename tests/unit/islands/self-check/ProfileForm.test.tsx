import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import ProfileForm from '../../../../src/islands/self-check/ProfileForm';
import { EMPTY_PROFILE } from '../../../../src/lib/applicability';

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
