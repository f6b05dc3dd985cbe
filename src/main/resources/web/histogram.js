/*
 * The year histogram's layout, as pure functions: which bars (years, decades or centuries), how
 * wide, the count axis and which labels fit. app.js draws what these return.
 */

/** Bars narrower than this are hard to hit with a finger, so years are grouped before that. */
export const MIN_SLOT = 24;
/** Bars stay this wide at most, so one remaining year is a bar, not the whole width. */
export const MAX_SLOT = 56;
/** Years per bar, tried in order until the bars fit. */
const STEPS = [1, 10, 100, 1000];

/** [{year, count}] (as the API sends them) -> Map year -> count, bad entries skipped. */
export function yearCounts(years) {
  const counts = new Map();
  (Array.isArray(years) ? years : []).forEach((y) => {
    const year = y && typeof y === 'object' ? parseInt(y.year, 10) : NaN;
    const count = y && typeof y === 'object' ? Number(y.count) : NaN;
    if (!Number.isFinite(year) || !Number.isFinite(count) || count < 0) return;
    counts.set(year, (counts.get(year) || 0) + count);
  });
  return counts;
}

/** A bucket's label: "2016", "1810s" for a decade, "1800–1899" for a century. */
function bucketLabel(from, step) {
  if (step === 1) return String(from);
  if (step === 10) return from + 's';
  return from + '\u2013' + (from + step - 1);
}

/**
 * Lays the counts out in bars that fit width px: one per year, or per decade (or century) when
 * years would be narrower than MIN_SLOT. Returns {step, slot, bars}: every bucket from the first
 * to the last, empty ones included (count 0, drawn as gaps), then the undated apart after an empty
 * slot. A bar is {key, label, from, to, count, pos (slot index), undated?}.
 */
export function layoutYears(years, undated, width) {
  const counts = yearCounts(years);
  const undatedCount = Number(undated) > 0 ? Number(undated) : 0;
  const list = [...counts.keys()].sort((a, b) => a - b);
  if (!list.length && !undatedCount) return { step: 1, slot: MAX_SLOT, bars: [] };
  const extra = undatedCount ? (list.length ? 2 : 1) : 0;
  let step = STEPS[STEPS.length - 1];
  for (const s of STEPS) {
    if (!list.length || bucketCount(list, s) + extra <= Math.floor(width / MIN_SLOT)) {
      step = s;
      break;
    }
  }
  const bars = [];
  if (list.length) {
    const first = Math.floor(list[0] / step) * step;
    const last = Math.floor(list[list.length - 1] / step) * step;
    for (let from = first; from <= last; from += step) {
      let count = 0;
      for (let y = from; y < from + step; y++) count += counts.get(y) || 0;
      const key = step === 1 ? String(from) : from + '-' + (from + step - 1);
      bars.push({ key, label: bucketLabel(from, step), from, to: from + step - 1, count, pos: bars.length });
    }
  }
  if (undatedCount) {
    bars.push({ key: 'Unknown', label: 'Undated', count: undatedCount, undated: true,
      pos: bars.length ? bars.length + 1 : 0 });
  }
  const slots = bars.length ? bars[bars.length - 1].pos + 1 : 1;
  const slot = Math.min(MAX_SLOT, width / slots);
  return { step, slot, bars };
}

function bucketCount(sortedYears, step) {
  const first = Math.floor(sortedYears[0] / step);
  const last = Math.floor(sortedYears[sortedYears.length - 1] / step);
  return last - first + 1;
}

/**
 * Counts for the y axis: 0, the top (max rounded up to a round number) and, when there is room
 * for a whole number between, its middle. Returns {top, ticks}.
 */
export function countTicks(max) {
  const m = Math.max(1, Math.ceil(Number(max) || 0));
  const magnitude = Math.pow(10, Math.floor(Math.log10(m)));
  const nice = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((v) => v >= m && Number.isInteger(v));
  const top = m <= 10 ? (m % 2 === 0 || m === 1 ? m : m + 1) : nice;
  const ticks = top >= 2 ? [0, top / 2, top] : [0, top];
  return { top, ticks };
}

/**
 * Which labels to draw so that none overlaps another: items [{center, width}] in order left to
 * right; the ones in keep (indices) are drawn whatever else, then every other one whose text
 * clears its drawn neighbours by gap px, from the left. Returns the sorted indices drawn.
 */
export function labelsThatFit(items, keep = [], gap = 6) {
  const span = (i) => [items[i].center - items[i].width / 2, items[i].center + items[i].width / 2];
  const chosen = [...new Set(keep)].filter((i) => i >= 0 && i < items.length);
  const clear = (i) => chosen.every((j) => {
    const [a0, a1] = span(i);
    const [b0, b1] = span(j);
    return a1 + gap <= b0 || b1 + gap <= a0;
  });
  items.forEach((_, i) => {
    if (!chosen.includes(i) && clear(i)) chosen.push(i);
  });
  return chosen.sort((a, b) => a - b);
}
