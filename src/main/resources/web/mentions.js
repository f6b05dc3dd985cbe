/*
 * The term-over-time chart's data, as pure functions: the /api/occurrences answer turned into the
 * per-year counts the year bars draw (all authors, or one), and the author choices. app.js fetches
 * and draws.
 */

/** The API URL of the occurrences of a search, given its parameters (URLSearchParams). */
export function occurrencesApiUrl(params) {
  const p = new URLSearchParams(params);
  p.delete('sort');
  p.set('by', 'author');
  return '/api/occurrences?' + p.toString();
}

function whole(n) {
  const v = Number(n);
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0;
}

/**
 * The mentions per year of all authors (author empty) or of one, as the year bars take them:
 * {years: [{year, count}], undated, total, articles}; null when that author is not in the answer.
 */
export function mentionSeries(data, author) {
  if (!data || typeof data !== 'object') return null;
  let source = data;
  if (author) {
    source = (Array.isArray(data.values) ? data.values : []).find((a) => a && a.value === author);
    if (!source) return null;
  }
  const years = (Array.isArray(source.years) ? source.years : [])
    .filter((y) => y && typeof y === 'object' && Number.isFinite(parseInt(y.year, 10)))
    .map((y) => ({ year: parseInt(y.year, 10), count: whole(y.occurrences) }));
  const undated = author ? 0 : whole(data.undated && data.undated.occurrences);
  return {
    years,
    undated,
    total: years.reduce((n, y) => n + y.count, undated),
    articles: whole(source.articles)
  };
}

/** The authors to split by, those with the most mentions first: [{value, label}]. */
export function authorChoices(data) {
  const authors = data && Array.isArray(data.values) ? data.values : [];
  return authors
    .filter((a) => a && typeof a.value === 'string' && a.value !== '')
    .map((a) => ({ value: a.value, label: a.value + ' (' + whole(a.occurrences) + ')' }));
}
