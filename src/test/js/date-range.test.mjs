import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDateRange, isDateBound } from '../../main/resources/web/date-range.js';

test('a year, a month and a day are accepted, trimmed, either bound alone too', () => {
  assert.deepEqual(checkDateRange(' 2015 ', '2016-06-30'), { from: '2015', to: '2016-06-30' });
  assert.deepEqual(checkDateRange('2015-06', ''), { from: '2015-06', to: '' });
  assert.deepEqual(checkDateRange('', ''), { from: '', to: '' });
});

test('a from after the to is refused as a whole, naming both', () => {
  const r = checkDateRange('2024', '2018');
  assert.equal(r.error, '\u201cFrom\u201d (2024) is after \u201cto\u201d (2018).');
  assert.deepEqual(r.fields, ['from', 'to']);
  assert.equal(r.from, undefined);
});

test('the same year, or a month inside the to year, is no reversal', () => {
  assert.deepEqual(checkDateRange('2018', '2018'), { from: '2018', to: '2018' });
  assert.deepEqual(checkDateRange('2018-12', '2018'), { from: '2018-12', to: '2018' });
  assert.ok(checkDateRange('2018-12-02', '2018-12-01').error);
});

test('a malformed date names its field and the accepted forms', () => {
  const r = checkDateRange('2016-13', '20x7');
  assert.match(r.error, /^\u201cFrom\u201d must be a year \(2015\), a month \(2015-06\) or a day \(2015-06-03\)\.$/);
  assert.deepEqual(r.fields, ['from', 'to']);
});

test('a bound from the address bar is taken only in the forms the API accepts', () => {
  assert.ok(isDateBound('2015') && isDateBound('2015-06') && isDateBound('2015-06-30'));
  assert.ok(!isDateBound('2015-6') && !isDateBound('2015-06-32') && !isDateBound(''));
});
