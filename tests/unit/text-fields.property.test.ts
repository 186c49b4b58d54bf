import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCodeReady } from '../../src/features/tools/hotspot-join';
import { checkHotspotName } from '../../src/features/tools/hotspot-name';
import { hotspotPasswordIssue } from '../../src/features/tools/password';
import { qrMatrix, wifiJoinPayload } from '../../src/features/tools/wifi-qr';
import { pastedText, sprinkled } from '../support/invisible-marks';

const RUNS = { numRuns: 1000 };

/** Printable ASCII, with the characters the join code must escape (`\ ; , : "`) made common. */
const asciiText = (maxLength: number) =>
  fc.string({ unit: fc.oneof(fc.constantFrom('\\', ';', ',', ':', '"'), fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code))), maxLength });

/** Names and passwords near the limits (so many are ready for a join code), and anything pasted. */
const hotspotText = (maxLength: number) => fc.oneof({ arbitrary: asciiText(maxLength), weight: 4 }, { arbitrary: pastedText, weight: 1 });

describe('the hotspot name and password fields', () => {
  it('answer any name and password up to 100,000 characters, and a join code is drawn whenever it is offered', () => {
    let offered = 0;
    fc.assert(
      fc.property(hotspotText(40), hotspotText(80), (name, password) => {
        checkHotspotName(name);
        hotspotPasswordIssue(password);
        if (!joinCodeReady(name, password)) return;
        offered += 1;
        const matrix = qrMatrix(wifiJoinPayload({ ssid: name.trim(), password }));
        expect(matrix.length).toBeGreaterThanOrEqual(21);
      }),
      RUNS,
    );
    // The generator must reach the drawing often enough for the property to say something.
    expect(offered).toBeGreaterThan(100);
  });

  it('never put a mark nobody sees into the password of a join code', () => {
    fc.assert(
      fc.property(sprinkled('Ali-laptop-2024'), (password) => {
        const issue = hotspotPasswordIssue(password);
        expect(issue).toBe(password === 'Ali-laptop-2024' ? null : 'passwordNonAscii');
        expect(joinCodeReady('Ali laptop', password)).toBe(issue === null);
      }),
      RUNS,
    );
  });

  it('warn about a mark nobody sees inside a name, which laptops would show as a different network', () => {
    fc.assert(
      fc.property(sprinkled('Ali laptop'), (name) => {
        const warned = checkHotspotName(name).includes('nonAscii');
        // Marks at either end that trimming removes (the BOM) never reach the join code.
        expect(warned).toBe(name.trim() !== 'Ali laptop');
      }),
      RUNS,
    );
  });
});
