import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { lazyView } from '../../src/islands/practice/lazy-view';

const Hello = ({ name }: { name: string }) => <p>你好，{name}</p>;

describe('views loaded on first use', () => {
  afterEach(() => cleanup());

  it('shows the view once its code has loaded, with its props', async () => {
    const View = lazyView(() => Promise.resolve({ default: Hello }));
    render(<View name="张三" />);
    expect(await screen.findByText('你好，张三')).toBeDefined();
  });

  it('offers a retry after a failed load, and the retry loads it', async () => {
    let calls = 0;
    const View = lazyView<{ name: string }>(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Hello }),
    );
    render(<View name="李四" />);
    fireEvent.click(await screen.findByRole('button', { name: '重试' }));
    expect(await screen.findByText('你好，李四')).toBeDefined();
    expect(calls).toBe(2);
  });
});
