import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutYears, countTicks, labelsThatFit, MIN_SLOT, MAX_SLOT } from '../../main/resources/web/histogram.js';

const years = (...pairs) => pairs.map(([year, count]) => ({ year, count }));

test('a year without articles is an empty slot between its neighbours', () => {
  const { step, bars } = layoutYears(years([2014, 1], [2016, 2]), 0, 800);
  assert.equal(step, 1);
  assert.deepEqual(bars.map((b) => [b.key, b.count, b.pos]), [['2014', 1, 0], ['2015', 0, 1], ['2016', 2, 2]]);
});

test('one year is one bar of the widest width, not the whole chart', () => {
  const { slot, bars } = layoutYears(years([2019, 3]), 0, 1200);
  assert.equal(bars.length, 1);
  assert.equal(slot, MAX_SLOT);
});

test('the undated come apart after an empty slot', () => {
  const { bars } = layoutYears(years([2018, 1], [2019, 1]), 2, 800);
  assert.deepEqual(bars.map((b) => [b.key, b.pos]), [['2018', 0], ['2019', 1], ['Unknown', 3]]);
  assert.equal(bars[2].label, 'Undated');
});

test('230 years are grouped into decades when years would be narrower than a finger', () => {
  const sotu = [];
  for (let y = 1790; y <= 2021; y++) sotu.push({ year: y, count: 1 });
  const wide = layoutYears(sotu, 0, 1100);
  assert.equal(wide.step, 10);
  assert.equal(wide.bars[0].label, '1790s');
  assert.deepEqual([wide.bars[0].from, wide.bars[0].to, wide.bars[0].count], [1790, 1799, 10]);
  assert.equal(wide.bars[wide.bars.length - 1].label, '2020s');
  assert.equal(wide.bars[wide.bars.length - 1].count, 2);
  assert.ok(wide.slot >= MIN_SLOT);
  // 24 decades do not fit a phone either: centuries.
  const phone = layoutYears(sotu, 0, 340);
  assert.equal(phone.step, 100);
  assert.deepEqual(phone.bars.map((b) => b.label), ['1700\u20131799', '1800\u20131899', '1900\u20131999', '2000\u20132099']);
  assert.ok(phone.slot >= MIN_SLOT);
});

test('years are kept when they fit at the minimum width', () => {
  const ten = [];
  for (let y = 2000; y < 2010; y++) ten.push({ year: y, count: 2 });
  assert.equal(layoutYears(ten, 0, 10 * MIN_SLOT).step, 1);
  assert.equal(layoutYears(ten, 0, 10 * MIN_SLOT - 1).step, 10);
});

test('bad entries are skipped and a repeated year adds up', () => {
  const { bars } = layoutYears([{ year: 'x', count: 1 }, { year: 2001, count: -1 }, { year: 2002, count: 1 }, { year: 2002, count: 2 }, null], 0, 500);
  assert.deepEqual(bars.map((b) => [b.key, b.count]), [['2002', 3]]);
  assert.deepEqual(layoutYears([], 0, 500).bars, []);
});

test('the count axis ends on a round number with a whole middle', () => {
  assert.deepEqual(countTicks(3), { top: 4, ticks: [0, 2, 4] });
  assert.deepEqual(countTicks(1), { top: 1, ticks: [0, 1] });
  assert.deepEqual(countTicks(2), { top: 2, ticks: [0, 1, 2] });
  assert.deepEqual(countTicks(13), { top: 20, ticks: [0, 10, 20] });
  assert.deepEqual(countTicks(230), { top: 250, ticks: [0, 125, 250] });
  assert.deepEqual(countTicks(0), { top: 1, ticks: [0, 1] });
});

test('labels that would overlap are left out, the kept ones always drawn', () => {
  // Four-digit years 30 px wide every 20 px: every second one fits.
  const items = [0, 1, 2, 3, 4, 5].map((i) => ({ center: 10 + i * 20, width: 30 }));
  assert.deepEqual(labelsThatFit(items, [], 6), [0, 2, 4]);
  assert.deepEqual(labelsThatFit(items, [5], 6), [0, 2, 5]);
  for (const idx of [labelsThatFit(items, [], 6), labelsThatFit(items, [5], 6)]) {
    for (let k = 1; k < idx.length; k++) {
      const a = items[idx[k - 1]];
      const b = items[idx[k]];
      assert.ok(a.center + a.width / 2 + 6 <= b.center - b.width / 2);
    }
  }
});
