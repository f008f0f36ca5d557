import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryBackend } from '../../../src/stores/db';
import { $notices } from '../../../src/stores/notices';
import { Vault } from '../../../src/stores/vault';
import { newDevice, openTab } from './device';

/** A collection whose decoder works only once prepare() has run, as practice's lazily loaded schemas do. */
function setup(backend: MemoryBackend) {
  const vault = new Vault(() => Promise.resolve(backend));
  let prepared = 0;
  const notes = vault.collection<{ text: string }>({
    kind: 'note',
    version: 1,
    label: '笔记',
    prepare: async () => {
      prepared++;
    },
    decode: (_v, d) => {
      if (!prepared) throw new Error('decoded before prepare()');
      const text = (d as { text?: unknown }).text;
      return typeof text === 'string' ? { text } : undefined;
    },
    encode: (x) => x,
    merge: (local) => local,
  });
  return { vault, notes, prepared: () => prepared };
}

describe('vault: decoders loaded only when there is something to decode', () => {
  it('never prepares a collection the device holds no record of', async () => {
    const t = setup(new MemoryBackend(true));
    await t.vault.start();
    expect(t.prepared()).toBe(0);
    expect(t.notes.$loaded.get()).toBe(true);
    expect(t.notes.$items.get()).toEqual({});
  });

  it('prepares before the first stored record is decoded, and still sets an unreadable one aside', async () => {
    const b = new MemoryBackend(true);
    await b.write([
      { key: 'note:a', kind: 'note', id: 'a', v: 1, at: '2026-12-01T00:00:00.000Z', data: { text: '甲' } },
      { key: 'note:b', kind: 'note', id: 'b', v: 1, at: '2026-12-01T00:00:00.000Z', data: { text: 3 } },
    ]);
    const t = setup(b);
    await t.vault.start();
    expect(t.prepared()).toBeGreaterThan(0);
    expect(t.notes.$items.get()).toEqual({ a: { text: '甲' } });
    expect(t.vault.$aside.get().map((r) => r.kind)).toEqual(['note']);
  });

  it('does not prepare for records of a newer build only (they are left untouched, not decoded)', async () => {
    const b = new MemoryBackend(true);
    await b.write([{ key: 'note:n', kind: 'note', id: 'n', v: 9, at: '2026-12-01T00:00:00.000Z', data: {} }]);
    const t = setup(b);
    await t.vault.start();
    expect(t.prepared()).toBe(0);
    expect(t.notes.$newer.get()).toEqual(['n']);
  });
});

describe('vault: a decoder whose code cannot be fetched', () => {
  it('sets nothing aside, leaves the collection unloaded with a notice, and the next start() loads it', async () => {
    const b = new MemoryBackend(true);
    await b.write([{ key: 'note:a', kind: 'note', id: 'a', v: 1, at: '2026-12-01T00:00:00.000Z', data: { text: '甲' } }]);
    const vault = new Vault(() => Promise.resolve(b));
    let online = false;
    let decoder = false;
    const notes = vault.collection<{ text: string }>({
      kind: 'note',
      version: 1,
      label: '笔记',
      prepare: async () => {
        if (!online) throw new TypeError('Failed to fetch dynamically imported module');
        decoder = true;
      },
      decode: (_v, d) => (decoder ? { text: String((d as { text: unknown }).text) } : undefined),
      encode: (x) => x,
      merge: (local) => local,
    });
    await vault.start();
    expect(notes.$loaded.get()).toBe(false);
    expect(await b.asideAll()).toEqual([]);
    expect(await b.get('note:a')).toBeDefined();
    expect($notices.get().map((n) => n.id)).toContain('prepare-failed-note');
    online = true;
    await vault.start();
    expect(notes.$loaded.get()).toBe(true);
    expect(notes.$items.get()).toEqual({ a: { text: '甲' } });
  });
});

describe('practice store: its zod/mini schemas', () => {
  beforeEach(newDevice);
  afterEach(() => {
    vi.doUnmock('../../../src/stores/practice-schema');
  });

  /** A practice page's stores (no export code), counting loads of the schema module. */
  async function practicePage() {
    vi.resetModules();
    const loads = { n: 0 };
    vi.doMock('../../../src/stores/practice-schema', async (original) => {
      loads.n++;
      return original();
    });
    const pr = await import('../../../src/stores/practice');
    const site = await import('../../../src/stores/site');
    await site.startVault();
    return { pr, loads };
  }

  it('are not loaded on a first visit, and an answer is still saved', async () => {
    const t = await practicePage();
    expect(t.pr.$practiceLoaded.get()).toBe(true);
    expect(t.loads.n).toBe(0);
    await t.pr.recordAnswer('q-a4-1-1', true);
    const tab = await openTab();
    expect(tab.pr.$practice.get().answered['q-a4-1-1']).toMatchObject({ n: 1, right: 1 });
  });

  it('are loaded when records are stored, and the records read back', async () => {
    const first = await openTab();
    first.pr.toggleFavorite('q-a4-1-2');
    first.pr.changeSettings({ ...first.pr.DEFAULT_SETTINGS, examN: 15 });
    await first.vault.settled();
    const t = await practicePage();
    expect(t.loads.n).toBe(1);
    const p = t.pr.$practice.get();
    expect(p.favorites).toEqual(['q-a4-1-2']);
    expect(p.settings.examN).toBe(15);
  });
});
