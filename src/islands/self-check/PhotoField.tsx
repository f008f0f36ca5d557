import { useStore } from '@nanostores/preact';
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { PHOTO_ROLES, PHOTO_ROLE_LABELS, formatBytes, type PhotoRole } from '../../lib/photo';
import { localDateTime } from '../../lib/dates';
import { PHOTO_LIMITS } from '../../lib/storage/limits';
import { addPhoto, photosOf, removePhoto, type Photo } from '../../stores/photos';
import { usePhotoUrls } from './photo-urls';
import '../../styles/photos.css';

export interface PhotoFieldProps {
  assessmentId: string;
  /** The item id or own hazard id the photos belong to (`key` itself is reserved by Preact). */
  itemKey: string;
  /** What the photos show, for alt texts and labels (e.g. 第四条第（六）项). */
  label: string;
  /** The roles offered (整改前/整改后); the first is chosen at start. */
  roles?: readonly PhotoRole[];
}

// Ids for labels within one field; a counter rather than useId, which would add to the hooks chunk every page loads.
let fields = 0;

/** Alt text of a stored photo. */
export const photoAlt = (label: string, p: Photo, n: number) => `${label} ${PHOTO_ROLE_LABELS[p.role]}照片 ${n}`;

/**
 * Photos as evidence for one item or hazard: take one with the camera or choose from the album, compressed on the
 * device (the compressor loads on first use), thumbnails that open large, delete after asking.
 */
export default function PhotoField({ assessmentId, itemKey, label, roles = PHOTO_ROLES }: PhotoFieldProps) {
  const list = useStore(photosOf(assessmentId, itemKey));
  const urls = usePhotoUrls(list);
  const [role, setRole] = useState<PhotoRole>(roles[0] ?? 'before');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [uid] = useState(() => `photos-${++fields}`);
  const full = list.length >= PHOTO_LIMITS.photosPerKey;

  async function take(files: FileList | null, input: HTMLInputElement) {
    const chosen = [...(files ?? [])];
    input.value = '';
    if (!chosen.length) return;
    setBusy(true);
    setMessage('');
    const said: string[] = [];
    let added = 0;
    try {
      const { compressPhoto, PhotoError } = await import('./photo-compress');
      for (const file of chosen) {
        try {
          const c = await compressPhoto(file);
          const takenAt = file instanceof File && file.lastModified > 0 && file.lastModified <= Date.now() ? file.lastModified : Date.now();
          const r = addPhoto({ assessmentId, key: itemKey, role, ...c, takenAt: new Date(takenAt).toISOString() });
          if (!r.ok) {
            said.push(r.error);
            break;
          }
          added++;
        } catch (err) {
          said.push(err instanceof PhotoError ? err.message : '处理照片时出错，未保存。请再试一次。');
        }
      }
    } catch {
      said.push('照片功能没有加载成功（网络可能断开），请联网后再试。');
    }
    setBusy(false);
    setMessage([added ? `已保存 ${added} 张${PHOTO_ROLE_LABELS[role]}照片。` : '', ...said].join(''));
  }

  const onFiles = (e: TargetedEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    void take(input.files, input);
  };

  return (
    <div class={`photo-field${list.length ? '' : ' photo-field-empty'}`}>
      <p class="photo-head" id={`${uid}-head`}>
        照片（可选，{list.length}/{PHOTO_LIMITS.photosPerKey}）
      </p>
      {roles.length > 1 && (
        <fieldset class="photo-roles">
          <legend class="visually-hidden">{label} 照片类型</legend>
          {roles.map((r) => (
            <label key={r}>
              <input type="radio" name={`${uid}-role`} checked={role === r} onChange={() => setRole(r)} />
              {PHOTO_ROLE_LABELS[r]}
            </label>
          ))}
        </fieldset>
      )}
      <div class="photo-actions">
        {/* Labels over real file inputs: a tap opens the camera or album in every browser, old WebViews included. */}
        <label class={`button button-secondary small${full || busy ? ' is-disabled' : ''}`}>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            class="visually-hidden"
            disabled={full || busy}
            aria-describedby={`${uid}-head`}
            onChange={onFiles}
          />
          拍照<span class="visually-hidden">（{label}）</span>
        </label>
        <label class={`button button-secondary small${full || busy ? ' is-disabled' : ''}`}>
          <input
            type="file"
            accept="image/*"
            multiple
            class="visually-hidden"
            disabled={full || busy}
            aria-describedby={`${uid}-head`}
            onChange={onFiles}
          />
          从相册选择<span class="visually-hidden">（{label}）</span>
        </label>
      </div>
      <p class="photo-status" role="status">
        {busy ? '正在压缩…' : message || (full ? `已达每条 ${PHOTO_LIMITS.photosPerKey} 张的上限。` : '')}
      </p>
      {list.length > 0 && (
        <ul class="photo-thumbs" aria-label={`${label} 的照片`}>
          {list.map((p, i) => (
            <li key={p.id}>
              <button
                type="button"
                class="photo-open"
                aria-expanded={open === p.id}
                aria-controls={`${uid}-large`}
                onClick={() => setOpen(open === p.id ? null : p.id)}
              >
                {urls[p.id] && <img src={urls[p.id]} alt={photoAlt(label, p, i + 1)} width={p.width} height={p.height} />}
                <span class={`photo-role photo-role-${p.role}`}>{PHOTO_ROLE_LABELS[p.role]}</span>
              </button>
              <button
                type="button"
                class="secondary small"
                aria-label={`删除${photoAlt(label, p, i + 1)}`}
                onClick={(e) => {
                  if (!window.confirm('删除这张照片？删除后无法恢复（除非有导出备份）。')) return;
                  if (open === p.id) setOpen(null);
                  const field = e.currentTarget.closest('.photo-field');
                  removePhoto(p.id);
                  // The button is gone with its photo: keep the keyboard in this field, on the album button.
                  requestAnimationFrame(() => field?.querySelector<HTMLInputElement>('input[type=file]:not([capture])')?.focus());
                }}
              >
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
      <div id={`${uid}-large`}>
        {list.map(
          (p, i) =>
            open === p.id &&
            urls[p.id] && (
              <figure key={p.id} class="photo-large">
                <img src={urls[p.id]} alt={photoAlt(label, p, i + 1)} width={p.width} height={p.height} />
                <figcaption>
                  {PHOTO_ROLE_LABELS[p.role]} · {localDateTime(p.takenAt)} · {p.width}×{p.height} · {formatBytes(p.size)}
                </figcaption>
                <button type="button" class="secondary small" onClick={() => setOpen(null)}>
                  收起大图
                </button>
              </figure>
            ),
        )}
      </div>
    </div>
  );
}
