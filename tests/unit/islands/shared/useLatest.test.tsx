import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { useEffect } from 'preact/hooks';
import { useLatest } from '../../../../src/islands/shared/useLatest';

describe('useLatest', () => {
  afterEach(cleanup);

  it('keeps one ref across renders that always holds the latest value', () => {
    const refs: { readonly current: string }[] = [];
    const runs: string[] = [];
    function Probe({ label }: { label: string }) {
      const latest = useLatest(label);
      refs.push(latest);
      // Listed as a dependency, the ref never re-runs the effect: it runs once, on mount.
      useEffect(() => {
        runs.push(latest.current);
      }, [latest]);
      return <p>{label}</p>;
    }
    const view = render(<Probe label="第一次" />);
    view.rerender(<Probe label="第二次" />);
    expect(refs[0]).toBe(refs[1]);
    expect(refs[0]?.current).toBe('第二次');
    expect(runs).toEqual(['第一次']);
  });
});
