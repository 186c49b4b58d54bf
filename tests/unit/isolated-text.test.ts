import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from '../../src/lib/ltr-runs';

const ltrRuns = (text: string) => splitLtrRuns(text).filter((part) => part.ltr).map((part) => part.text);
const count = (text: string, bracket: string) => text.split(bracket).length - 1;

describe('left-to-right runs inside Urdu text', () => {
  it('isolates codes, APNs and menu names', () => {
    expect(ltrRuns('باقی MBs دیکھنے کے لیے *102# ڈائل کریں۔ APN: zonginternet')).toEqual(['MBs', '*102#', 'APN: zonginternet']);
  });

  it('keeps a multi-word English label together', () => {
    expect(ltrRuns('پھر Allow Others to Join آن کریں')).toEqual(['Allow Others to Join']);
  });

  it.each([
    ['ویڈیو کال (Zoom) کے لیے', '(Zoom)'],
    ['بینڈ (AP band) بدلیں', '(AP band)'],
    ['چھپا ہوا نیٹ ورک (hidden network) ہو تو', '(hidden network)'],
    ['اپنا (PSID) نمبر لکھیں', '(PSID)'],
    ['ماڈل (Wi-Fi + Cellular) والا', '(Wi-Fi + Cellular)'],
  ])('keeps both brackets with a bracketed Latin name: %s', (text, run) => {
    expect(ltrRuns(text)).toEqual([run]);
  });

  it('leaves a bracket that Urdu text closes with the Urdu text', () => {
    expect(ltrRuns('ہیلپ لائن (Jazz نمبر سے کال کریں) پر')).toEqual(['Jazz']);
    expect(ltrRuns('کوئی کمپنی (Airalo، Holafly، Nomad یا اس جیسی کوئی اور)')).toEqual(['Airalo', 'Holafly', 'Nomad']);
  });

  it('keeps a Latin label with its own bracketed part, and Urdu brackets after it apart', () => {
    expect(ltrRuns('Settings > Mobile network (SIM 2) کھولیں')).toEqual(['Settings > Mobile network (SIM 2)']);
    expect(ltrRuns('Cellular (موبائل ڈیٹا) میں')).toEqual(['Cellular']);
  });

  it('drops every unmatched closing bracket, with the spaces between them', () => {
    expect(splitLtrRuns('Zoom) )')).toEqual([
      { text: 'Zoom', ltr: true },
      { text: ') )', ltr: false },
    ]);
  });

  it('for any text: the parts join back to it, and no run starts or ends on an unmatched bracket', () => {
    const pieces = fc.constantFrom('(', ')', ' ', 'AP', 'band', 'Zoom', '*102#', 'نیٹ ورک', 'کریں', '،', '> ', '2');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (chosen) => {
        const text = chosen.join('');
        const parts = splitLtrRuns(text);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        for (const run of parts.filter((part) => part.ltr).map((part) => part.text)) {
          if (run.startsWith('(')) expect(count(run, '(')).toBeLessThanOrEqual(count(run, ')'));
          if (run.endsWith(')')) expect(count(run, ')')).toBeLessThanOrEqual(count(run, '('));
          expect(run).toBe(run.trim());
        }
      }),
      { numRuns: 5000 },
    );
  });
});
