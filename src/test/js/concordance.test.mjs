import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  concordanceApiUrl, concordanceLines, concordanceNote, hitContexts, CONCORDANCE_ORDERS
} from '../../main/resources/web/concordance.js';

const line = { id: 'a1', title: 'Annual address of 1790', date: '1790', left: 'The', match: 'tariffs', right: 'on grain', start: 4, end: 11 };

test('the url keeps the search and its order, drops the page state, and asks for the order', () => {
  const params = new URLSearchParams('q=tariffs&author=Ada+Quill&sort=oldest&page=3&chart=mentions&by=Ada+Quill&doc=ff');
  assert.equal(concordanceApiUrl(params, 'article', ''), '/api/concordance?q=tariffs&author=Ada+Quill&sort=oldest');
  assert.equal(concordanceApiUrl(params, 'left', 'csv'),
    '/api/concordance?q=tariffs&author=Ada+Quill&sort=oldest&order=left&format=csv');
  assert.equal(concordanceApiUrl(params, 'sideways', ''), '/api/concordance?q=tariffs&author=Ada+Quill&sort=oldest');
  assert.deepEqual(CONCORDANCE_ORDERS.map((o) => o[0]), ['article', 'date', 'left', 'right']);
});

test('lines keep their text fields as strings and drop those without an article or a match', () => {
  assert.deepEqual(concordanceLines({ lines: [line, { id: 'b', match: '' }, null, { id: 'c', match: 'war', left: 5 }] }), [
    { id: 'a1', title: 'Annual address of 1790', date: '1790', left: 'The', match: 'tariffs', right: 'on grain' },
    { id: 'c', title: '', date: '', left: '', match: 'war', right: '' }
  ]);
  assert.deepEqual(concordanceLines(null), []);
});

test('the note says when every match is shown and what was read when capped', () => {
  assert.equal(concordanceNote({ total: 1, articles: 1, linesPerArticle: 20, complete: true, lines: [line] }),
    '1 match in 1 article.');
  assert.equal(concordanceNote({ total: 233, articles: 50, linesPerArticle: 20, complete: false, lines: [line, line] }),
    '2 matches, showing the first 50 articles of 233, at most 20 lines each.');
  assert.equal(concordanceNote({ total: 3, lines: [] }), 'No matches in the text of the results.');
});

test('the document view pairs each hit with its context, or shows none when they disagree', () => {
  const doc = { hits: [[4, 11], [20, 27]], contexts: [{ left: 'The', match: 'tariffs', right: 'on' }, { match: 'tariffs' }] };
  assert.deepEqual(hitContexts(doc), [
    { left: 'The', match: 'tariffs', right: 'on' },
    { left: '', match: 'tariffs', right: '' }
  ]);
  assert.deepEqual(hitContexts({ hits: [[1, 2]], contexts: [] }), []);
  assert.deepEqual(hitContexts({}), []);
});
