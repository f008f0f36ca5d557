import { textLength } from '../../lib/storage/limits';

interface Props {
  id: string;
  value: string;
  max: number;
}

/** A character count under a long field, so the limit is seen before it is hit. */
export default function Counter({ id, value, max }: Props) {
  const n = textLength(value);
  return (
    <p id={id} class={`muted small counter${n >= max ? ' error-text' : ''}`}>
      {n}/{max} 字{n >= max ? '（已达上限）' : ''}
    </p>
  );
}
