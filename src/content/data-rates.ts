import { SHEET_CHECKED } from './fact-dates';
import type { Confidence, IsoDate } from './fact-types';

/**
 * How much mobile data common activities use, for the data-budget calculator. Every number comes
 * from the project's fact sheet (§7, "Data-use rates for the calculator"); where the sheet says
 * CONFLICT the range spans all its sources and is `unconfirmed`.
 *
 * The sheet converts its own GB figures at 1 GB = 1000 MB (e.g. Zoom 1:1 "540 MB–1.62 GB"), so
 * GB figures here use 1000, as the calculator does; per-minute figures are multiplied by 60. A rate
 * is `confirmed` only where the sheet labels it CONFIRMED; the calculator notes the others.
 */

export type ActivityId =
  | 'browsing'
  | 'email'
  | 'socialMedia'
  | 'music'
  | 'videoCallZoom'
  | 'whatsappVideoCall'
  | 'whatsappVoiceCall'
  | 'videoSd'
  | 'videoHd'
  | 'osUpdate';

interface RateBase {
  readonly id: ActivityId;
  /** Where the numbers come from (addresses from the fact sheet). */
  readonly source: readonly string[];
  /** The day the numbers were last checked against the sheet, ISO yyyy-mm-dd. */
  readonly verified: IsoDate;
  readonly confidence: Confidence;
}

/** An activity that uses data for as long as it runs. */
export interface HourlyRate extends RateBase {
  readonly kind: 'perHour';
  readonly minMbPerHour: number;
  readonly maxMbPerHour: number;
}

/** A download that happens once (an update), whatever the time. */
export interface OneOffRate extends RateBase {
  readonly kind: 'oneOff';
  readonly oneOffMb: { readonly min: number; readonly max: number };
}

export type DataRate = HourlyRate | OneOffRate;

const SOURCES = {
  telstra: 'https://www.telstra.com.au/mobile-phones/data-usage-calculator',
  routerhax: 'https://routerhax.com/tools/data-usage-calculator/',
  betterroaming: 'https://www.betterroaming.com/support/prepaid-sim/how-do-i-estimate-my-data-usage-prepaid-sim/',
  zoomNus: 'https://nus.atlassian.net/wiki/spaces/CTS/pages/36394228/Bandwidth+Requirements',
  zoomReviews: 'https://reviews.org/internet-service/zoom-technical-requirements',
  whatsappEcency: 'https://asia.ecency.com/whatsapp/@hely10/whatsapp-data-usage-how-much',
  whatsappCrazyEngineers: 'https://www.crazyengineers.com/threads/whatsapp-data-consumption-for-voice-calls-price.80596',
  whatsappMessengerGuide: 'https://messenger-guide.com/how-much-traffic-does-whatsapp-consume/',
  netflixTelus: 'https://www.telus.com/en/support/article/netflix-optik-tv',
  netflixJazi: 'https://jazi.net/netflix',
  netflixWecompare: 'https://help.wecompare.ie/en/support/solutions/articles/44002151376-how-much-data-do-i-use-streaming-netflix-',
  youtubeSlashgear: 'https://www.slashgear.com/1966598/youtube-data-usage-per-hour',
  youtubeBlogtuan: 'https://blogtuan.info/2022/04/22/how-much-data-does-youtube-actually-use/',
  youtubeToptiersmm: 'https://toptiersmm.com/blog/how-much-data-usage-does-youtube-use',
  iosUpdatebay: 'https://updatebay.com/software-updates/how-much-update-in-iphone',
  iosTelefon: 'https://www.telefon.co.ke/blog/ios-update-size-why-some-updates-are-larger-than-others.html',
} as const;

const VIDEO_SOURCES = [
  SOURCES.netflixTelus,
  SOURCES.netflixJazi,
  SOURCES.netflixWecompare,
  SOURCES.youtubeSlashgear,
  SOURCES.youtubeBlogtuan,
  SOURCES.youtubeToptiersmm,
];

export const DATA_RATES: readonly DataRate[] = [
  // §7.3 CONFLICT: 5 MB/h (betterroaming) to about 60 MB/h (routerhax).
  { id: 'browsing', kind: 'perHour', minMbPerHour: 5, maxMbPerHour: 60, source: [SOURCES.betterroaming, SOURCES.routerhax], verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.3: one estimate only, 20 MB/h (routerhax), in the section the sheet marks CONFLICT.
  { id: 'email', kind: 'perHour', minMbPerHour: 20, maxMbPerHour: 20, source: [SOURCES.routerhax], verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.3: one estimate only, about 300 MB/h with autoplay (routerhax).
  { id: 'socialMedia', kind: 'perHour', minMbPerHour: 300, maxMbPerHour: 300, source: [SOURCES.routerhax], verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.3: 70–140 MB/h (betterroaming); Telstra 2.5 MB/min ≈ 150 MB/h. The sheet gives these without
  // a CONFIRMED label, so they are not confirmed.
  { id: 'music', kind: 'perHour', minMbPerHour: 70, maxMbPerHour: 150, source: [SOURCES.betterroaming, SOURCES.telstra], verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.2 CONFIRMED: Zoom 1:1, 600 kbps to 1.8 Mbps ≈ 540–1620 MB/h.
  { id: 'videoCallZoom', kind: 'perHour', minMbPerHour: 540, maxMbPerHour: 1620, source: [SOURCES.zoomNus, SOURCES.zoomReviews], verified: SHEET_CHECKED, confidence: 'confirmed' },
  // §7.2 CONFLICT: 5–7 MB/min = 300–420 MB/h (ecency); 6.7 MB/min ≈ 400 MB/h (messenger-guide).
  { id: 'whatsappVideoCall', kind: 'perHour', minMbPerHour: 300, maxMbPerHour: 420, source: [SOURCES.whatsappEcency, SOURCES.whatsappMessengerGuide], verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.2 CONFLICT: 0.3–0.5 MB/min (ecency); 0.8–1.3 MB/min measured on LTE (crazyengineers) → 18–78 MB/h.
  { id: 'whatsappVoiceCall', kind: 'perHour', minMbPerHour: 18, maxMbPerHour: 78, source: [SOURCES.whatsappEcency, SOURCES.whatsappCrazyEngineers], verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.1: YouTube 480p (CONFLICT) 93 MB (slashgear), 560 MB (blogtuan), 0.7 GB (toptiersmm);
  // Netflix Medium (SD) 0.7 GB/h, SD about 1 GB/h → 93–1000 MB/h.
  { id: 'videoSd', kind: 'perHour', minMbPerHour: 93, maxMbPerHour: 1000, source: VIDEO_SOURCES, verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.1: YouTube 720p–1080p (CONFLICT) 107–170 MB (slashgear), 1.24–3.0 GB (blogtuan), 1.5–3 GB
  // (toptiersmm); Netflix HD up to 3 GB/h → 107–3000 MB/h.
  { id: 'videoHd', kind: 'perHour', minMbPerHour: 107, maxMbPerHour: 3000, source: VIDEO_SOURCES, verified: SHEET_CHECKED, confidence: 'unconfirmed' },
  // §7.4 CONFIRMED (3rd-party): iOS patches about 100 MB, major releases about 1–4 GB "and more";
  // telefon.co.ke gives 300 MB to 5 GB+. The top is open, so the calculator says "or more" after it.
  { id: 'osUpdate', kind: 'oneOff', oneOffMb: { min: 100, max: 5000 }, source: [SOURCES.iosUpdatebay, SOURCES.iosTelefon], verified: SHEET_CHECKED, confidence: 'confirmed' },
];

/** How the sources page names a rate's entry (a fact's is its ID), so a note can open the page there. */
export const rateSourceId = (id: ActivityId): string => `rate-${id}`;

/** The rate for an activity, or undefined for an unknown id. */
export function findDataRate(id: string): DataRate | undefined {
  return DATA_RATES.find((rate) => rate.id === id);
}
