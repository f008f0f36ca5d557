import { useStore } from '@nanostores/preact';
import { PHOTO_ROLE_LABELS, type PhotoRole } from '../../lib/photo';
import { localDate } from '../../lib/dates';
import { photosOf } from '../../stores/photos';
import { photoAlt } from './PhotoField';
import { usePhotoUrls } from './photo-urls';
import '../../styles/photos.css';

interface Props {
  assessmentId: string;
  /** The item id or own hazard id (`key` itself is reserved by Preact). */
  itemKey: string;
  /** What the photos show, for alt texts (e.g. 第四条第（六）项). */
  label: string;
  /** Only photos of this role; all when not given. */
  role?: PhotoRole;
}

/** Read-only thumbnails of an item's or hazard's photos, for the result, the ledger and the printed report. */
export default function PhotoThumbs({ assessmentId, itemKey, label, role }: Props) {
  const all = useStore(photosOf(assessmentId, itemKey));
  const list = role ? all.filter((p) => p.role === role) : all;
  const urls = usePhotoUrls(list);
  if (!list.length) return null;
  return (
    <ul class="photo-thumbs photo-thumbs-static" aria-label={`${label} 的照片`}>
      {list.map((p, i) => (
        <li key={p.id}>
          <figure>
            {urls[p.id] && <img src={urls[p.id]} alt={photoAlt(label, p, i + 1)} width={p.width} height={p.height} />}
            <figcaption>
              {PHOTO_ROLE_LABELS[p.role]} {localDate(p.takenAt)}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
