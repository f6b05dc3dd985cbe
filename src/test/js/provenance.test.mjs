import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSource, describeTextSource } from '../../main/resources/web/provenance.js';

test('codes seen by readers of the seed articles read as plain words', () => {
  assert.equal(describeSource('text:source-url-slug'), 'from the page address');
  assert.equal(describeSource('text:social-handle'), 'from a social media handle');
  assert.equal(describeSource('text:byline'), 'from the byline');
  assert.equal(describeSource('html:dated-byline'), 'from the byline');
  assert.equal(describeSource('html:time'), 'from the date shown on the page');
  assert.equal(describeSource('text:published-line'), 'from the \u201cPublished\u201d line');
  assert.equal(describeSource('html:h1'), 'from the headline');
});

test('structured data and sharing tags are named as such', () => {
  assert.equal(describeSource('jsonld:author'), 'from the page\u2019s structured data');
  assert.equal(describeSource('jsonld:headline'), 'from the page\u2019s structured data');
  assert.equal(describeSource('og:title'), 'from the page\u2019s sharing tags');
  assert.equal(describeSource('og:url'), 'from the page address');
  assert.equal(describeSource('dcterms:issued'), 'from the page\u2019s metadata');
});

test('an unknown code never shows itself', () => {
  assert.equal(describeSource('zz:weird-thing'), 'from the page\u2019s metadata');
  assert.equal(describeSource(''), 'from the page\u2019s metadata');
});

test('text read by OCR says so, with the pages it could not read', () => {
  assert.equal(describeTextSource('ocr:1 page', null), 'Read by OCR from a scanned page');
  assert.equal(
    describeTextSource('ocr:3 pages', 'page 2 not read by OCR: it took longer than the page time limit of 120 s'),
    'Read by OCR from 3 scanned pages; page 2 not read by OCR: it took longer than the page time limit of 120 s');
  assert.equal(describeTextSource(null, null), null);
  assert.equal(describeTextSource('text:byline', null), null);
});
