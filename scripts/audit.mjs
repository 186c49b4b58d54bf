// `npm audit --omit=dev`: fails on a high or critical finding in runtime packages. A registry that
// offers no audit service is reported plainly rather than failing the build.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.message?.split(' - ')[0] || report?.error?.summary || run.stderr.split('\n').find((line) => line.includes('error')) || 'no report';
  console.log(`audit: not available from this registry (${reason.trim()}); skipped`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in runtime packages`);
process.exit(serious > 0 ? 1 : 0);
