import { describe, expect, it } from 'vitest';
import { checksum, cleanName, decodeResult, encodeResult, scoreFor, type ResultData } from '../../../src/lib/result-code';

const sample: ResultData = { paper: 'SZ0613', version: 'K3F0', name: '张三', score: 85, total: 20, wrong: [3, 7, 12] };

describe('result codes', () => {
  it('decodes what it encodes', () => {
    const code = encodeResult(sample);
    expect(code).toMatch(/^SZ0613\.K3F0\.张三\.85\.20\.3,7,12\.[0-9A-Z]{7}$/);
    expect(decodeResult(code)).toEqual({ ok: true, data: sample });
  });

  it('round-trips a paper with no wrong answers and a name with spaces and dots', () => {
    const d = { ...sample, name: ' 李 四.A ', score: 100, wrong: [] };
    const r = decodeResult(encodeResult(d));
    expect(r).toEqual({ ok: true, data: { ...d, name: '李四A' } });
  });

  it('catches every one-character typo in a code (the checksum itself may be typed in lower case)', () => {
    const code = encodeResult(sample);
    const checkStart = code.lastIndexOf('.') + 1;
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyz,-_张李';
    let tried = 0;
    for (let k = 0; k < code.length; k++) {
      if (code[k] === '.') continue;
      for (const c of alphabet) {
        if (c === code[k] || (k >= checkStart && c.toUpperCase() === code[k])) continue;
        const typo = code.slice(0, k) + c + code.slice(k + 1);
        const r = decodeResult(typo);
        expect(r.ok, typo).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(500);
  });

  it('accepts full-width separators and spaces typed on a Chinese keyboard', () => {
    const code = encodeResult(sample).replace(/\./g, '。').replace(/,/g, '，');
    expect(decodeResult(`  ${code} `).ok).toBe(true);
  });

  it.each([
    ['', '7 段'],
    ['a.b.c', '7 段'],
    [`SZ0613.K3F0.张三.90.20.3,7,12.${checksum('SZ0613.K3F0.张三.90.20.3,7,12')}`, '得分与错题数不一致'],
    [`SZ0613.K3F0.张三.90.20.7,3.${checksum('SZ0613.K3F0.张三.90.20.7,3')}`, '错题号无效'],
    [`SZ0613.K3F0.张三.95.20.21.${checksum('SZ0613.K3F0.张三.95.20.21')}`, '错题号无效'],
  ])('says what is wrong with %s', (code, msg) => {
    const r = decodeResult(code);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(msg);
  });

  it('scores as the exam does and keeps names short', () => {
    expect(scoreFor(20, 3)).toBe(85);
    expect(scoreFor(3, 1)).toBe(67);
    expect(cleanName('欧阳娜娜娜娜娜娜娜娜娜娜娜娜')).toHaveLength(12);
  });
});
