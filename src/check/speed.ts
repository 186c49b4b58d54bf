/** Megabits a second from a download of `bytes` that took `ms` milliseconds. */
export function megabitsPerSecond(bytes: number, ms: number): number {
  return (bytes * 8) / 1_000_000 / (Math.max(ms, 1) / 1000);
}

/** The most an hour at this speed can move, in MB (1 MB = 1,000,000 bytes, as the data budget counts). */
export function mbPerHourAt(mbps: number): number {
  return (mbps * 3600) / 8;
}

/**
 * About how much an hour of video can use at this speed: no more than the speed lets through, and no
 * more than the highest figure the data budget gives for an hour of video.
 */
export function videoMbPerHourAt(mbps: number, videoMaxMbPerHour: number): number {
  return Math.min(mbPerHourAt(mbps), videoMaxMbPerHour);
}

/** Below this the page calls the connection slow and points to the checklist's steps for a slow hotspot. */
export const SLOW_MBPS = 1;

/** A figure as people read it: one decimal under 10, whole above; MB to the nearest 10 above 100. */
export function roundForReading(value: number, unit: 'mbps' | 'mb'): number {
  if (unit === 'mb') return value >= 100 ? Math.round(value / 10) * 10 : Math.round(value);
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}
