import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoted } from '../../main/resources/web/quote.js';

test('a phrase query keeps one pair of quotes', () => {
  assert.equal(quoted('"soviet union"'), '\u201csoviet union\u201d');
  assert.equal(quoted('  "panama canal" '), '\u201cpanama canal\u201d');
});

test('other queries are quoted as typed', () => {
  assert.equal(quoted('ferry'), '\u201cferry\u201d');
  assert.equal(quoted('"soviet union" -cuba'), '\u201c"soviet union" -cuba\u201d');
  assert.equal(quoted(null), '\u201c\u201d');
});
