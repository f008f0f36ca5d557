import { describe, expect, it } from 'vitest';
import { makeEnvelope, readTransfer, toJsonText, toTextCode } from '../../../src/lib/transfer';

const env = makeEnvelope('self-check', 1, { hello: '你好，液氨 9人' }, new Date('2026-01-01T00:00:00Z'));

describe('readTransfer', () => {
  it('reads back a JSON file and a text code, Chinese intact', () => {
    for (const text of [toJsonText(env), toTextCode(env)]) {
      const r = readTransfer(text, 'self-check', 1);
      expect(r.ok && r.envelope.data).toEqual({ hello: '你好，液氨 9人' });
    }
  });

  it('keeps the photos list beside the record, and hands a photos field that is no list on as one unreadable photo', () => {
    const withPhotos = readTransfer(JSON.stringify({ ...env, photos: [{ id: 'ph-1' }] }), 'self-check', 1);
    expect(withPhotos.ok && withPhotos.envelope.photos).toEqual([{ id: 'ph-1' }]);
    const odd = readTransfer(JSON.stringify({ ...env, photos: 'abc' }), 'self-check', 1);
    expect(odd.ok && odd.envelope.photos).toEqual(['abc']);
    const none = readTransfer(toJsonText(env), 'self-check', 1);
    expect(none.ok && 'photos' in none.envelope).toBe(false);
  });

  it.each([
    ['a kind this site does not know', JSON.stringify({ ...env, kind: 'news' }), /其他数据/],
    ['empty input', '', /内容为空/],
    ['spaces only', '   \n ', /内容为空/],
    ['a truncated JSON file', toJsonText(env).slice(0, 40), /不完整/],
    ['a truncated text code', toTextCode(env).slice(0, 30), /数据码不完整/],
    ['another app', JSON.stringify({ app: 'x', kind: 'self-check', version: 1, data: {} }), /不是本站/],
    ['practice data in the self-check', toJsonText(makeEnvelope('practice', 1, {})), /练习数据/],
    ['a newer version', toJsonText(makeEnvelope('self-check', 9, {})), /更新版本/],
    ['a broken version', JSON.stringify({ ...env, version: 'x' }), /版本号无效/],
    ['a huge pasted code', 'GMAQ1.' + 'x'.repeat(2_000_001), /太大/],
    // A file may carry photos (up to the 30 MB a device keeps, base64): its ceiling is higher, but there is one.
    ['a huge file', 'x'.repeat(45_000_001), /太大/],
    ['JSON that is not an object', '[1,2,3]', /不是本站/],
  ])('refuses %s with a Chinese message', (_n, input, msg) => {
    const r = readTransfer(input, 'self-check', 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(msg);
  });
});
