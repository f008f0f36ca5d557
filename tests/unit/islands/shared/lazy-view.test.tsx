import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { lazyView } from '../../../../src/islands/shared/lazy-view';

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

describe('a view whose code arrives between render and effect', () => {
  it('still replaces the placeholder (a preload under way when the view opens)', async () => {
    const { h, render: mount } = await import('preact');
    const View = lazyView(() => Promise.resolve({ default: Hello }));
    void View.preload();
    const box = document.createElement('div');
    document.body.append(box);
    // Plain preact render: effects run after a frame, so the already-started load resolves first.
    mount(h(View, { name: '王五' }), box);
    expect(box.textContent).toBe('正在加载…');
    await new Promise((r) => setTimeout(r, 100));
    expect(box.textContent).toBe('你好，王五');
    box.remove();
  });
});
