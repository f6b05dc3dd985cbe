import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageName } from '../../main/resources/web/language.js';

test('a language code reads as its English name', () => {
  assert.equal(languageName('de'), 'German');
  assert.equal(languageName('fr'), 'French');
  assert.equal(languageName('ur'), 'Urdu');
  assert.equal(languageName('zh-CN'), 'Chinese (China)');
});

test('a code that is not a language is shown as it is', () => {
  assert.equal(languageName('not a code'), 'not a code');
  assert.equal(languageName(''), '');
  assert.equal(languageName(null), '');
});
