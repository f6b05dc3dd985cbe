/*
 * Where a metadata value came from, in words a reader understands: the extractor records a code
 * such as "text:source-url-slug" or "jsonld:author" (see docs/extraction.md).
 */

/** Specific sources that a reader recognises whatever the code's prefix. */
const DETAILS = [
  [/^(source-url-slug|canonical|url)$/, 'the page address'],
  [/^source-host$/, 'the site\u2019s address'],
  [/^social-handle$/, 'a social media handle'],
  [/^author-bio$/, 'the note about the author'],
  [/^site-header$/, 'the site\u2019s header'],
  [/^disclaimer$/, 'the notice below the article'],
  [/^published-(line|in)$/, 'the \u201cPublished\u201d line'],
  [/^dateline$/, 'the dateline'],
  [/byline|^author-link$/, 'the byline'],
  [/^(headline|h1)$/, 'the headline'],
  [/^(time|date|json-date)|^time-headline$|^date-(label|element)$/, 'the date shown on the page']
];

/** The page part each code prefix stands for, when the detail is not one of the above. */
const PREFIXES = {
  text: 'the article text',
  html: 'the page',
  jsonld: 'the page\u2019s structured data',
  itemprop: 'the page\u2019s structured data',
  og: 'the page\u2019s sharing tags',
  twitter: 'the page\u2019s sharing tags',
  article: 'the page\u2019s sharing tags',
  meta: 'the page\u2019s metadata',
  dc: 'the page\u2019s metadata',
  dcterms: 'the page\u2019s metadata',
  rel: 'a link on the page',
  url: 'the page address'
};

/**
 * "text:source-url-slug" -> "from the page address"; a code it does not know -> "from the page's
 * metadata" rather than the code itself. Structured data and sharing tags are named as such even
 * for a headline, as that is where the reader would look.
 */
export function describeSource(code) {
  const raw = String(code || '').trim();
  const colon = raw.indexOf(':');
  const prefix = (colon === -1 ? raw : raw.slice(0, colon)).toLowerCase();
  const detail = colon === -1 ? '' : raw.slice(colon + 1).toLowerCase();
  const visible = prefix === 'text' || prefix === 'html';
  for (const [pattern, words] of DETAILS) {
    if (pattern.test(detail) && (visible || words === 'the page address')) return 'from ' + words;
  }
  return 'from ' + (PREFIXES[prefix] || 'the page\u2019s metadata');
}

/**
 * Where the article's text came from, when not simply from the file: "ocr:3 pages" -> "Read by OCR
 * from 3 scanned pages", followed by the pages OCR could not read. Null for text read as written.
 */
export function describeTextSource(text, problems) {
  const match = /^ocr:(\d+) pages?$/.exec(String(text || '').trim());
  if (!match) return null;
  const pages = Number(match[1]);
  let words = 'Read by OCR from ' + (pages === 1 ? 'a scanned page' : pages + ' scanned pages');
  const unread = String(problems || '').trim();
  if (unread) words += '; ' + unread;
  return words;
}
