/*
 * The From / To date fields' check, as a pure function: both are applied together or not at all.
 */

/** A year, a month or a day, as the API accepts them. */
const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether value is a year, a month or a day as the API takes them for from and to. */
export function isDateBound(value) {
  return DATE_PATTERN.test(value);
}

/** The first and last day a year, month or day stands for, for comparing the two bounds. */
function firstDay(value) {
  return (value + '-01-01').slice(0, 10);
}
function lastDay(value) {
  return (value + '-12-31').slice(0, 10);
}

/**
 * Checks a from / to pair as typed. Returns {from, to} trimmed when both may be applied, or
 * {error, fields} naming what is wrong ('from', 'to' or both) when neither may.
 */
export function checkDateRange(rawFrom, rawTo) {
  const from = String(rawFrom || '').trim();
  const to = String(rawTo || '').trim();
  const bad = [['from', from, 'From'], ['to', to, 'To']].filter((f) => f[1] && !isDateBound(f[1]));
  if (bad.length) {
    return {
      error: '\u201c' + bad[0][2] + '\u201d must be a year (2015), a month (2015-06) or a day (2015-06-03).',
      fields: bad.map((f) => f[0])
    };
  }
  if (from && to && firstDay(from) > lastDay(to)) {
    return { error: '\u201cFrom\u201d (' + from + ') is after \u201cto\u201d (' + to + ').', fields: ['from', 'to'] };
  }
  return { from, to };
}
