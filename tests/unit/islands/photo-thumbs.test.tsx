import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newDevice, openTab } from '../stores/device';

beforeEach(newDevice);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A page with two photos of item a4-6 (整改前, 整改后) and the photo islands loaded over the same stores. */
async function page() {
  const t = await openTab();
  const ph = await import('../../../src/stores/photos');
  await t.vault.start();
  const add = (role: 'before' | 'after', takenAt: string) => {
    const r = ph.addPhoto({
      assessmentId: 'sc-test-1',
      key: 'a4-6',
      role,
      type: 'image/jpeg',
      bytes: new Uint8Array(500).buffer,
      width: 40,
      height: 30,
      takenAt,
    });
    if (!r.ok) throw new Error(r.error);
  };
  add('before', '2026-12-01T01:00:00.000Z');
  add('after', '2026-12-02T01:00:00.000Z');
  const { default: PhotoThumbs } = await import('../../../src/islands/self-check/PhotoThumbs');
  const { default: PhotoField } = await import('../../../src/islands/self-check/PhotoField');
  return { ph, PhotoThumbs, PhotoField };
}

describe('PhotoThumbs', () => {
  it('shows read-only thumbnails with alt texts and local dates, and revokes their object URLs on unmount', async () => {
    const { PhotoThumbs } = await page();
    const made: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      const u = create(b);
      made.push(u);
      return u;
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const view = render(<PhotoThumbs assessmentId="sc-test-1" itemKey="a4-6" label="第四条第（六）项" />);
    const imgs = await screen.findAllByRole('img');
    expect(imgs.map((i) => i.getAttribute('alt'))).toEqual(['第四条第（六）项 整改前照片 1', '第四条第（六）项 整改后照片 2']);
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(made);
    expect(screen.getByRole('list').textContent).toContain('整改前 2026-12-01');
    expect(screen.queryByRole('button')).toBeNull();
    view.unmount();
    expect(revoke.mock.calls.map(([u]) => u).sort()).toEqual([...made].sort());
  });

  it('shows only the role asked for, and nothing for an item without photos', async () => {
    const { PhotoThumbs } = await page();
    render(<PhotoThumbs assessmentId="sc-test-1" itemKey="a4-6" label="第四条第（六）项" role="after" />);
    expect((await screen.findAllByRole('img')).map((i) => i.getAttribute('alt'))).toEqual(['第四条第（六）项 整改后照片 1']);
    cleanup();
    const empty = render(<PhotoThumbs assessmentId="sc-test-1" itemKey="a4-1" label="第四条第（一）项" />);
    expect(empty.container.innerHTML).toBe('');
  });
});

describe('PhotoField', () => {
  it('asks before deleting a photo: cancel keeps it, confirm removes it', async () => {
    const { PhotoField, ph } = await page();
    render(<PhotoField assessmentId="sc-test-1" itemKey="a4-6" label="第四条第（六）项" />);
    // happy-dom has no confirm(): the answer of the dialog is stubbed.
    const confirm = vi.fn((_message?: string) => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: '删除第四条第（六）项 整改后照片 2' }));
    expect(confirm).toHaveBeenCalledWith('删除这张照片？删除后无法恢复（除非有导出备份）。');
    expect(ph.photosOf('sc-test-1', 'a4-6').get()).toHaveLength(2);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: '删除第四条第（六）项 整改后照片 2' }));
    expect(
      ph
        .photosOf('sc-test-1', 'a4-6')
        .get()
        .map((p) => p.role),
    ).toEqual(['before']);
    await waitFor(() => expect(screen.getByText('照片（可选，1/6）')).toBeTruthy());
  });

  it('offers the camera and the album, and turns both off at the per-item limit', async () => {
    const { PhotoField, ph } = await page();
    for (let i = 0; i < 4; i++)
      ph.addPhoto({
        assessmentId: 'sc-test-1',
        key: 'a4-6',
        role: 'before',
        type: 'image/jpeg',
        bytes: new Uint8Array(10).buffer,
        width: 4,
        height: 3,
      });
    render(<PhotoField assessmentId="sc-test-1" itemKey="a4-6" label="第四条第（六）项" />);
    const camera = screen.getByLabelText(/^拍照/) as HTMLInputElement;
    expect(camera.getAttribute('capture')).toBe('environment');
    expect(camera.accept).toBe('image/*');
    expect((screen.getByLabelText(/^从相册选择/) as HTMLInputElement).multiple).toBe(true);
    expect(camera.disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('已达每条 6 张的上限。');
  });
});
