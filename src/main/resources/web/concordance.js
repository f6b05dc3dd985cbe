/*
 * Keyword in context, as pure functions: the /api/concordance URL of a search, its lines made safe
 * to draw, the note on what was read, and the document view's hits with their context. app.js
 * fetches and draws.
 */

/** The orders the concordance offers: [value, label]; the first is the API's default. */
export const CONCORDANCE_ORDERS = [
  ['article', 'Article order'],
  ['date', 'Date'],
  ['left', 'Word on the left'],
  ['right', 'Word on the right']
];

const ORDER_VALUES = CONCORDANCE_ORDERS.map((o) => o[0]);

/**
 * The API URL of the concordance of a search, given its parameters (URLSearchParams: q, filters,
 * dates, sort), in an order, as JSON or (format 'csv') as a download.
 */
export function concordanceApiUrl(params, order, format) {
  const p = new URLSearchParams(params);
  for (const key of ['page', 'size', 'doc', 'with', 'chart', 'by', 'typing']) p.delete(key);
  if (ORDER_VALUES.includes(order) && order !== 'article') p.set('order', order);
  if (format === 'csv') p.set('format', 'csv');
  return '/api/concordance?' + p.toString();
}

function text(v) {
  return typeof v === 'string' ? v : '';
}

/** The lines of an answer with every field a string, those without an article or match left out. */
export function concordanceLines(data) {
  const lines = data && Array.isArray(data.lines) ? data.lines : [];
  return lines
    .filter((l) => l && typeof l === 'object' && text(l.id) !== '' && text(l.match) !== '')
    .map((l) => ({
      id: l.id,
      title: text(l.title),
      date: text(l.date),
      left: text(l.left),
      match: l.match,
      right: text(l.right)
    }));
}

function count(n, one, many) {
  return n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
}

/** What the lines cover: all matches, or the first articles and lines read when capped. */
export function concordanceNote(data) {
  const lines = concordanceLines(data).length;
  const whole = (v) => (Number.isFinite(Number(v)) && Number(v) >= 0 ? Math.floor(Number(v)) : 0);
  const total = whole(data && data.total);
  const articles = whole(data && data.articles);
  const per = whole(data && data.linesPerArticle);
  if (lines === 0) return 'No matches in the text of the results.';
  if (data.complete === true) {
    return count(lines, 'match', 'matches') + ' in ' + count(total, 'article', 'articles') + '.';
  }
  return (
    count(lines, 'match', 'matches') + ', showing the first ' + count(articles, 'article', 'articles') +
    ' of ' + total.toLocaleString('en') + ', at most ' + count(per, 'line', 'lines') + ' each.'
  );
}

/**
 * The document view's hits with their context, in the order of the hits: [{left, match, right}];
 * empty unless the document has as many contexts as hits.
 */
export function hitContexts(doc) {
  const hits = doc && Array.isArray(doc.hits) ? doc.hits : [];
  const contexts = doc && Array.isArray(doc.contexts) ? doc.contexts : [];
  if (contexts.length !== hits.length) return [];
  return contexts.map((c) => ({
    left: text(c && c.left),
    match: text(c && c.match),
    right: text(c && c.right)
  }));
}
