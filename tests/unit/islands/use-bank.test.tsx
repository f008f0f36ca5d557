import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { useBankProgress, type BankProgress } from '../../../src/islands/practice/useBank';
import { BANK_MANIFEST_ID } from '../../../src/lib/practice/bank-chunks';

const chunk = (n: number, ids: string[]) => [`practice/bank/${n}.json`, ids.map((id) => ({ id }))] as const;
const FILES = new Map<string, unknown>([
  ['practice/bank/index.json', { chunks: 3, total: 5 }],
  chunk(0, ['q1', 'q2']),
  chunk(1, ['q3', 'q4']),
  chunk(2, ['q5']),
]);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('useBankProgress', () => {
  it('reports the first chunk, then the whole bank in order, and nothing in between', async () => {
    let releaseRest = () => {};
    const rest = new Promise<void>((r) => (releaseRest = r));
    vi.stubGlobal('fetch', async (url: string) => {
      const path = url.replace(/^\//, '');
      if (/bank\/[12]\.json$/.test(path)) await rest;
      return new Response(JSON.stringify(FILES.get(path)), { status: FILES.has(path) ? 200 : 404 });
    });
    const seen: BankProgress[] = [];
    function Probe() {
      const p = useBankProgress();
      seen.push(p);
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)?.loaded.map((q) => q.id)).toEqual(['q1', 'q2']));
    expect(seen.at(-1)?.complete).toBe(false);
    releaseRest();
    await waitFor(() => expect(seen.at(-1)?.complete).toBe(true));
    expect(seen.at(-1)?.loaded.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    // Only three states: empty, the first chunk, the whole bank (no re-render per chunk).
    expect(new Set(seen.map((p) => p.loaded.length))).toEqual(new Set([0, 2, 5]));
  });

  it('reads the manifest the page carries inline and never asks for the manifest file', async () => {
    vi.stubEnv('BASE_URL', '/inline/');
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = BANK_MANIFEST_ID;
    block.textContent = JSON.stringify({ chunks: 2, total: 4 });
    document.head.append(block);
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const path = url.replace(/^\/inline\//, '');
      return new Response(JSON.stringify(FILES.get(path)), { status: FILES.has(path) ? 200 : 404 });
    });
    let last: BankProgress | undefined;
    function Probe() {
      last = useBankProgress();
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(last?.complete).toBe(true));
    block.remove();
    expect(last?.loaded.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(last?.total).toBe(4);
    expect(asked).toEqual(['/inline/practice/bank/0.json', '/inline/practice/bank/1.json']);
  });

  it('says so in Chinese when a chunk cannot be loaded', async () => {
    // Another base, so the files loaded by the test above (cached per URL) are not reused.
    vi.stubEnv('BASE_URL', '/fail/');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    let last: BankProgress | undefined;
    function Probe() {
      last = useBankProgress();
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(last?.error).toBe('题库加载失败，请检查网络后刷新页面。'));
  });
});
