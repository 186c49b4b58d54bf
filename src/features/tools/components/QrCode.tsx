import { qrMatrix } from '../wifi-qr';

const QUIET_ZONE = 4;

/** A QR code drawn as one SVG path (no canvas, no inline script), with a text alternative. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  const path = matrix
    .flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`] : [])))
    .join('');
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} data-payload={text}>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#0b0c0c" shapeRendering="crispEdges" />
    </svg>
  );
}
