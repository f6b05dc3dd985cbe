import { test } from 'node:test';
import assert from 'node:assert/strict';
import { occurrencesApiUrl, mentionSeries, authorChoices } from '../../main/resources/web/mentions.js';

const answer = {
  query: 'soviet',
  articles: 3,
  occurrences: 12,
  years: [{ year: 1950, articles: 2, occurrences: 9 }, { year: 1962, articles: 1, occurrences: 1 }],
  undated: { year: 0, articles: 1, occurrences: 2 },
  by: 'author',
  values: [
    { value: 'Ada Quill', articles: 2, occurrences: 8, years: [{ year: 1950, articles: 2, occurrences: 8 }] },
    { value: 'Ben Marsh', articles: 1, occurrences: 1, years: [{ year: 1962, articles: 1, occurrences: 1 }] }
  ]
};

test('the url asks for the split by author and leaves the order out', () => {
  const url = occurrencesApiUrl(new URLSearchParams('q=soviet&author=Ada+Quill&sort=date&from=1950'));
  assert.equal(url, '/api/occurrences?q=soviet&author=Ada+Quill&from=1950&by=author');
});

test('all authors: the mentions per year, the undated apart, and their total', () => {
  assert.deepEqual(mentionSeries(answer, ''), {
    years: [{ year: 1950, count: 9 }, { year: 1962, count: 1 }],
    undated: 2,
    total: 12,
    articles: 3
  });
});

test('one author: only their years; an author not in the answer has no series', () => {
  assert.deepEqual(mentionSeries(answer, 'Ben Marsh'), {
    years: [{ year: 1962, count: 1 }], undated: 0, total: 1, articles: 1
  });
  assert.equal(mentionSeries(answer, 'Cora Vance'), null);
  assert.equal(mentionSeries(null, ''), null);
});

test('bad entries count nothing rather than break the chart', () => {
  const series = mentionSeries({ years: [{ year: 'x', occurrences: 3 }, { year: 1990, occurrences: -4 }, null] }, '');
  assert.deepEqual(series.years, [{ year: 1990, count: 0 }]);
  assert.equal(series.total, 0);
});

test('the authors are offered with their mentions, in the answer\'s order', () => {
  assert.deepEqual(authorChoices(answer), [
    { value: 'Ada Quill', label: 'Ada Quill (8)' },
    { value: 'Ben Marsh', label: 'Ben Marsh (1)' }
  ]);
  assert.deepEqual(authorChoices({}), []);
});
