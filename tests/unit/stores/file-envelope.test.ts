import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeEntry, encodeEnvelope, textFingerprint } from '../../../src/stores/file-envelope';
import { emptyFile, envelopeText, T0 } from '../../helpers/development-files';

describe('the parent a write names', () => {
  test('is written only when the key held a text, and read back', () => {
    const file = emptyFile('f1');
    const first = encodeEnvelope(file, T0);
    expect(JSON.parse(first)).not.toHaveProperty('parent');
    const second = encodeEnvelope(file, T0, textFingerprint(first));
    const decoded = decodeEntry(second, 'f1', T0);
    expect(decoded.kind === 'ok' && decoded.parent).toBe(textFingerprint(first));
    const old = decodeEntry(envelopeText(file), 'f1', T0);
    expect(old.kind === 'ok' && old.parent).toBeNull();
  });

  test('a malformed parent is ignored, not a reason to refuse the file', () => {
    for (const parent of [42, '', 'not hex!', 'f'.repeat(15), null]) {
      const raw = JSON.stringify({ ...JSON.parse(envelopeText(emptyFile('f1'))), parent });
      const decoded = decodeEntry(raw, 'f1', T0);
      expect(decoded.kind).toBe('ok');
      expect(decoded.kind === 'ok' && decoded.parent).toBeNull();
    }
  });
});

describe('textFingerprint', () => {
  test('is stable, short hex, and tells texts that differ by one character apart', () => {
    const text = envelopeText(emptyFile('f1'));
    expect(textFingerprint(text)).toBe(textFingerprint(`${text}`));
    expect(textFingerprint(text)).toMatch(/^[0-9a-f]{1,14}$/);
    expect(textFingerprint(text)).not.toBe(textFingerprint(text.replace('华东', '华南')));
  });

  test('different strings rarely share a fingerprint (no collision in a few hundred random pairs)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(textFingerprint(a)).not.toBe(textFingerprint(b));
      }),
      { numRuns: 500 },
    );
  });
});
