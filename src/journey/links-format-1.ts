/**
 * Links of format 1 (`?a=1.240-01`), frozen as they were made: one character per question in this
 * order, the option's position in base 36, '-' when unanswered, trailing '-' dropped. Questions and
 * options added later never change what these links mean; do not edit this table.
 */
export const FORMAT_1_TABLE: readonly (readonly [question: string, options: readonly string[]])[] = [
  ['device', ['iphone', 'ipad', 'android', 'other']],
  ['androidBrand', ['samsung', 'xiaomi', 'oppo', 'vivo', 'transsion', 'pixel', 'huawei', 'other']],
  ['esimSupport', ['yes', 'no', 'notSure']],
  ['esimCheck', ['eid', 'noEid']],
  ['pta', ['registered', 'notRegistered', 'visitor', 'notSure']],
  ['carrier', ['jazz', 'zong', 'telenor', 'ufone', 'onic', 'travel', 'other']],
  ['esimState', ['active', 'noSignal', 'notInstalled', 'failed']],
  ['mobileData', ['yes', 'no']],
  ['dataBalance', ['enough', 'low', 'none', 'notSure']],
  ['hotspotIssue', ['notSetUp', 'missing', 'cantJoin', 'noInternet', 'slow']],
];

const UNANSWERED = '-';

/** The answers a format-1 code names, and whether every character of it could be read. */
export function readFormat1(code: string): { answers: Record<string, string>; complete: boolean } {
  const answers: Record<string, string> = {};
  let complete = code.length <= FORMAT_1_TABLE.length;
  FORMAT_1_TABLE.forEach(([question, options], position) => {
    const char = code[position];
    if (char === undefined || char === UNANSWERED) return;
    const index = /^[0-9a-z]$/.test(char) ? parseInt(char, 36) : -1;
    if (index >= 0 && index < options.length) answers[question] = options[index];
    else complete = false;
  });
  return { answers, complete };
}
