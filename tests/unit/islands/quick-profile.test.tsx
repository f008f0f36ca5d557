import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { option, optionsOf } from '../../../src/lib/profile';
import { newDevice, openTab } from '../stores/device';

describe('consumer: the practice quick profile', () => {
  beforeEach(newDevice);
  afterEach(cleanup);

  it('asks industries, specials, contractors and special operations with the labels of the profile list', async () => {
    await openTab();
    const { default: QuickProfile } = await import('../../../src/islands/practice/QuickProfile');
    render(<QuickProfile />);
    const asked = [
      ...optionsOf('industries'),
      ...optionsOf('specials'),
      option('contractors', 'contractors'),
      option('specialOps', 'specialOps'),
    ];
    for (const o of asked) expect(screen.getByRole('checkbox', { name: o.label }), `${o.field}.${o.code}`).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(asked.length);
  });

  it('saves a choice under its stored code', async () => {
    const t = await openTab();
    const { default: QuickProfile } = await import('../../../src/islands/practice/QuickProfile');
    render(<QuickProfile />);
    fireEvent.click(screen.getByRole('checkbox', { name: option('specials', 'ammonia').label }));
    // The box re-renders from the store, as after a tap in the page, before the next tap.
    await vi.waitFor(() => expect(t.pr.$practice.get().quickProfile?.specials).toEqual(['ammonia']));
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(screen.getByRole('checkbox', { name: option('specialOps', 'specialOps').label }));
    expect(t.pr.$practice.get().quickProfile).toMatchObject({ specials: ['ammonia'], specialOps: true, industries: [] });
  });
});
