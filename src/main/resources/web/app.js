/*
 * Article Search – front end.
 *
 * Plain JavaScript, no dependencies, CSP friendly (no inline script/style, no eval).
 * Every value received from the API is untrusted: it is only ever inserted as
 * text (textContent / createTextNode / attributes). The search snippet is the
 * only HTML the server sends; it is turned into DOM nodes by hand (see
 * appendSnippet) and never assigned to innerHTML. The article text is split at the
 * entity mention offsets into text nodes and <a class="mention"> links (renderDocText).
 *
 * All UI state lives in the URL query string:
 *   ?q=…&author=…&year=…&publisher=…&person=…&organization=…&location=…&from=2015&to=2018-06
 *    &sort=date&page=2&with=person:NAME&chart=mentions&by=AUTHOR&doc=ID
 * so Back/Forward and shared links restore exactly what was shown. Charts (the year histogram,
 * mentions per year) are SVG drawn by drawYearBars.
 */
import { layoutYears, countTicks, labelsThatFit } from './histogram.js';
import { checkDateRange, isDateBound } from './date-range.js';
import { describeSource, describeTextSource } from './provenance.js';
import { languageName } from './language.js';
import { quoted } from './quote.js';
import { occurrencesApiUrl, mentionSeries, authorChoices } from './mentions.js';
import {
  CONCORDANCE_ORDERS, concordanceApiUrl, concordanceLines, concordanceNote, hitContexts
} from './concordance.js';

(function () {
  'use strict';

  var FACETS = [
    { key: 'author', label: 'Author' },
    { key: 'year', label: 'Year' },
    { key: 'publisher', label: 'Publisher' },
    { key: 'person', label: 'Person' },
    { key: 'organization', label: 'Organization' },
    { key: 'location', label: 'Location' },
    { key: 'language', label: 'Language' },
    { key: 'source', label: 'Source' }
  ];
  var FACET_KEYS = FACETS.map(function (f) { return f.key; });
  var FACET_LABELS = {};
  FACETS.forEach(function (f) { FACET_LABELS[f.key] = f.label; });

  /** A facet value as shown: a language by its name, every other value as the index has it. */
  function facetValueText(key, value) {
    return key === 'language' ? languageName(value) : value;
  }

  /* Entity type (as sent by /api/documents) -> facet / filter name. */
  var ENTITY_FACET = {
    PERSON: 'person', PER: 'person', PEOPLE: 'person',
    ORGANIZATION: 'organization', ORGANISATION: 'organization', ORG: 'organization',
    LOCATION: 'location', LOC: 'location', GPE: 'location', PLACE: 'location'
  };
  var ENTITY_GROUP_LABELS = {
    person: 'People', organization: 'Organizations', location: 'Locations'
  };
  /*
   * Facets with a "Find…" box that searches all their values among the results (/api/entities),
   * and lists them all, a page at a time, when the search's own list is cut.
   */
  var FINDER_FACETS = {
    author: { plural: 'authors', label: 'Find an author' },
    year: { plural: 'years', label: 'Find a year', order: 'value' },
    publisher: { plural: 'publishers', label: 'Find a publisher' },
    person: { plural: 'people', label: 'Find a person' },
    organization: { plural: 'organizations', label: 'Find an organization' },
    location: { plural: 'locations', label: 'Find a location' }
  };
  var MENTION_FACETS = ['person', 'organization', 'location'];
  /* Facets whose values can be explored with "Mentioned with" (/api/cooccurrence). */
  var WITH_TYPES = MENTION_FACETS;
  /* No 'recency': BM25 scores almost never tie, so it looked the same as relevance. */
  var SORTS = ['relevance', 'date', 'oldest'];

  var PAGE_SIZE = 10;
  var FACET_VISIBLE = 10;
  var ENTITY_VISIBLE = 24;
  var DEBOUNCE_MS = 250;
  var FINDER_DEBOUNCE_MS = 200;
  var FINDER_SIZE = 50;
  var FINDER_MAX_CHARS = 100;
  var SUGGEST_DEBOUNCE_MS = 120;
  var SUGGEST_SIZE = 8;
  var SUGGEST_MIN_CHARS = 2;
  var RELATED_SIZE = 5;
  var WITH_SIZE = 10;
  var APP_NAME = 'Article Search';
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];

  /* ------------------------------------------------------------------ */
  /* DOM references                                                       */
  /* ------------------------------------------------------------------ */

  function $(id) { return document.getElementById(id); }

  var els = {
    form: $('search-form'),
    q: $('q'),
    suggestions: $('suggestions'),
    queryNotes: $('query-notes'),
    timeline: $('timeline'),
    histogram: $('histogram'),
    chartControls: $('chart-controls'),
    countArticles: $('count-articles'),
    countMentions: $('count-mentions'),
    mentionsAuthor: $('mentions-author'),
    mentionsNote: $('mentions-note'),
    dateRange: $('date-range'),
    from: $('from'),
    to: $('to'),
    dateClear: $('date-clear'),
    dateError: $('date-range-error'),
    mentionedWith: $('mentioned-with'),
    exportCsv: $('export-csv'),
    exportJsonl: $('export-jsonl'),
    sort: $('sort'),
    home: $('home'),
    facets: $('facets'),
    facetsBody: $('facets-body'),
    filtersToggle: $('filters-toggle'),
    filtersDone: $('filters-done'),
    main: $('main'),
    loading: $('loading'),
    loadingText: $('loading-text'),
    error: $('error'),
    resultsView: $('results-view'),
    resultsHeading: $('results-heading'),
    total: $('total'),
    activeFilters: $('active-filters'),
    empty: $('empty'),
    results: $('results'),
    pager: $('pager'),
    documentView: $('document'),
    back: $('back'),
    docContent: $('doc-content')
  };

  /* ------------------------------------------------------------------ */
  /* Small helpers                                                        */
  /* ------------------------------------------------------------------ */

  /** createElement with optional class name and text (always set as text). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** A link to the original page, opened without handing it this page; null unless http(s). */
  function originalLink(url, className, text) {
    var parsed = null;
    try { parsed = isNonEmptyString(url) ? new URL(url) : null; } catch (e) { parsed = null; }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
    var a = el('a', className, text || parsed.host);
    a.href = parsed.href;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    a.title = 'The original page: ' + parsed.href;
    return a;
  }

  function isNonEmptyString(v) {
    return typeof v === 'string' && v.trim() !== '';
  }

  function asArray(v) {
    return Array.isArray(v) ? v : [];
  }

  function unique(list) {
    var seen = Object.create(null);
    var out = [];
    list.forEach(function (v) {
      if (!seen[v]) { seen[v] = true; out.push(v); }
    });
    return out;
  }

  function formatNumber(n) {
    var num = Number(n);
    if (!isFinite(num)) return '0';
    try { return num.toLocaleString('en-US'); } catch (e) { return String(num); }
  }

  function plural(n, one, many) {
    return Number(n) === 1 ? one : many;
  }

  /** "2018-09-11" -> "11 September 2018", "2018-09" -> "September 2018", "2018" -> "2018". */
  function formatDate(value) {
    if (!isNonEmptyString(value)) return null;
    var m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
    if (!m) return value;
    if (!m[2]) return m[1];
    var month = parseInt(m[2], 10);
    if (month < 1 || month > 12) return value;
    if (!m[3]) return MONTHS[month - 1] + ' ' + m[1];
    return parseInt(m[3], 10) + ' ' + MONTHS[month - 1] + ' ' + m[1];
  }

  function dateElement(value, className) {
    var t = el('time', className, formatDate(value));
    t.setAttribute('datetime', value);
    return t;
  }

  var NAMED_ENTITIES = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
    hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', lsquo: '\u2018',
    rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb'
  };

  /** Decodes HTML character references in a plain-text string. Unknown ones stay as typed. */
  function decodeEntities(s) {
    return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, function (match, ref) {
      if (ref.charAt(0) === '#') {
        var hex = ref.charAt(1) === 'x' || ref.charAt(1) === 'X';
        var cp = hex ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          return String.fromCodePoint(cp);
        }
        return '\uFFFD';
      }
      return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, ref) ? NAMED_ENTITIES[ref] : match;
    });
  }

  /**
   * Renders a server snippet: text in which everything is HTML-escaped except
   * <mark> / </mark>. Builds text nodes and <mark> elements; anything else that
   * looks like markup ends up as visible text.
   */
  function appendSnippet(container, html) {
    var parts = String(html).split(/(<\/?mark>)/i);
    var inMark = false;
    parts.forEach(function (part) {
      var lower = part.toLowerCase();
      if (lower === '<mark>') { inMark = true; return; }
      if (lower === '</mark>') { inMark = false; return; }
      if (part === '') return;
      var text = document.createTextNode(decodeEntities(part));
      if (inMark) {
        var mark = document.createElement('mark');
        mark.appendChild(text);
        container.appendChild(mark);
      } else {
        container.appendChild(text);
      }
    });
  }

  function isPlainLeftClick(e) {
    return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
  }

  /* ------------------------------------------------------------------ */
  /* State <-> URL                                                        */
  /* ------------------------------------------------------------------ */

  function emptyFilters() {
    var f = {};
    FACET_KEYS.forEach(function (k) { f[k] = []; });
    return f;
  }

  /** "person:Vladimir Putin" -> { type: 'person', value: 'Vladimir Putin' }, or null. */
  function parseWith(raw) {
    if (!raw) return null;
    var i = raw.indexOf(':');
    var type = i > 0 ? raw.slice(0, i) : '';
    var value = i > 0 ? raw.slice(i + 1).trim() : '';
    return WITH_TYPES.indexOf(type) !== -1 && value ? { type: type, value: value } : null;
  }

  function dateParam(p, name) {
    var v = (p.get(name) || '').trim();
    return isDateBound(v) ? v : '';
  }

  function parseState(search) {
    var p = new URLSearchParams(search);
    var filters = emptyFilters();
    FACET_KEYS.forEach(function (k) {
      filters[k] = unique(p.getAll(k).filter(function (v) { return v !== ''; }));
    });
    var page = parseInt(p.get('page'), 10);
    if (!isFinite(page) || page < 1) page = 1;
    var sort = p.get('sort');
    return {
      q: (p.get('q') || '').trim(),
      filters: filters,
      from: dateParam(p, 'from'),
      to: dateParam(p, 'to'),
      sort: SORTS.indexOf(sort) !== -1 ? sort : 'relevance',
      page: page,
      with: parseWith(p.get('with')),
      chart: p.get('chart') === 'mentions' ? 'mentions' : '',
      by: (p.get('by') || '').trim(),
      doc: p.get('doc') || null,
      typing: false
    };
  }

  function cloneState(s) {
    var filters = {};
    FACET_KEYS.forEach(function (k) { filters[k] = s.filters[k].slice(); });
    return {
      q: s.q, filters: filters, from: s.from, to: s.to, sort: s.sort, page: s.page,
      with: s.with, chart: s.chart, by: s.by, doc: s.doc, typing: s.typing
    };
  }

  function hasFilters(s) {
    return countFilters(s) > 0;
  }

  /** Ticked facet values plus the date range bounds. */
  function countFilters(s) {
    return FACET_KEYS.reduce(function (n, k) { return n + s.filters[k].length; }, 0) +
      (s.from ? 1 : 0) + (s.to ? 1 : 0);
  }

  /** The search itself (query, filters, dates, order), shared by the page URL, search, export and co-occurrence. */
  function searchParams(s, p) {
    p = p || new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FACET_KEYS.forEach(function (k) {
      s.filters[k].forEach(function (v) { p.append(k, v); });
    });
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    return p;
  }

  function stateParams(s, includeDoc) {
    var p = searchParams(s);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.with) p.set('with', s.with.type + ':' + s.with.value);
    if (s.chart) p.set('chart', s.chart);
    if (s.chart && s.by) p.set('by', s.by);
    if (includeDoc && s.doc) p.set('doc', s.doc);
    return p;
  }

  /** Page URL (relative to the current path) for a state. */
  function stateUrl(s) {
    var qs = stateParams(s, true).toString();
    return location.pathname + (qs ? '?' + qs : '');
  }

  function searchApiUrl(s) {
    var p = searchParams(s);
    p.set('page', String(s.page));
    p.set('size', String(PAGE_SIZE));
    // A query still being typed: its last word may be unfinished, so the server treats it as a
    // prefix and corrects spelling only when the correction is clear.
    if (s.typing) p.set('typing', 'true');
    return '/api/search?' + p.toString();
  }

  /** All results of the current search as a file (every page, not just the shown one). */
  function exportApiUrl(s, format) {
    var p = new URLSearchParams();
    p.set('format', format);
    return '/api/export?' + searchParams(s, p).toString();
  }

  function cooccurrenceApiUrl(s) {
    var p = new URLSearchParams();
    p.set('type', s.with.type);
    p.set('value', s.with.value);
    p.set('size', String(WITH_SIZE));
    return '/api/cooccurrence?' + searchParams(s, p).toString();
  }

  function suggestApiUrl(prefix) {
    var p = new URLSearchParams();
    p.set('q', prefix);
    p.set('size', String(SUGGEST_SIZE));
    return '/api/suggest?' + p.toString();
  }

  /** The document, with the query's matches in its text when there is a query. */
  function documentApiUrl(id, q) {
    return '/api/documents/' + encodeURIComponent(id) + (q ? '?' + new URLSearchParams({ q: q }).toString() : '');
  }

  function copiesApiUrl(id) {
    return '/api/documents/' + encodeURIComponent(id) + '/copies';
  }

  function relatedApiUrl(id) {
    return '/api/documents/' + encodeURIComponent(id) + '/related?size=' + RELATED_SIZE;
  }

  /** One page of a facet's values among the current results, so counts agree with its list. */
  function entitiesApiUrl(type, prefix, page) {
    var p = searchParams(state);
    p.set('type', type);
    p.set('prefix', prefix);
    p.set('order', FINDER_FACETS[type].order || 'count');
    p.set('page', String(page));
    p.set('size', String(FINDER_SIZE));
    return '/api/entities?' + p.toString();
  }

  /** State showing the results with one more filter value (used for links that add a filter). */
  function withFilter(s, facet, value) {
    var next = cloneState(s);
    if (next.filters[facet].indexOf(value) === -1) next.filters[facet].push(value);
    next.page = 1;
    next.doc = null;
    return next;
  }

  /* ------------------------------------------------------------------ */
  /* Application state                                                    */
  /* ------------------------------------------------------------------ */

  var state = parseState(location.search);
  var debounceTimer = null;
  var searchController = null;
  var docController = null;
  var renderedSearchKey = null;   // API URL whose results are currently in the DOM
  var lastFacets = null;          // facets of the last successful response
  var lastFacetsCut = {};         // per facet, whether the last response's list was cut
  var lastHistogram = null;       // histogram of the last successful response
  var mentions = { key: null, data: null, controller: null }; // the term-over-time answer shown
  var withKey = null;             // co-occurrence API URL shown in the "Mentioned with" panel
  var withController = null;
  var lastWith = null;            // the co-occurrence answer shown (redrawn on resize)
  var relatedController = null;
  var hitNav = { count: 0, current: -1 };
  var suggest = { items: [], active: -1, timer: null, controller: null };
  var visibleDoc = null;          // id of the document currently shown (null = results view)
  var loadedDocId = null;         // document API URL whose content is in #doc-content
  var resultsScrollY = 0;
  var lastOpenedDoc = null;
  var expandedFacets = Object.create(null);
  var expandedEntityGroups = Object.create(null);
  /* Entity types whose mentions are marked (and linked) in the text; none at first. */
  var markedMentions = { person: false, organization: false, location: false };
  /*
   * Per facet finder: { input, query, browse (listing every value, no text typed), results, total,
   * page, error, loading, timer, controller }.
   */
  var finders = Object.create(null);

  /**
   * Moves to a new state: updates the URL (push or replace) and renders.
   * opts.replace  – replace the current history entry instead of pushing
   * opts.typing   – entry created by search-as-you-type (later keystrokes replace it)
   * opts.fromResults – document opened from the results list (back = history.back())
   * opts.force    – re-run the search even if the same results are shown
   * opts.focusResults – move focus to the results heading afterwards
   */
  function navigate(next, opts) {
    opts = opts || {};
    var url = stateUrl(next);
    var entry = { typing: !!opts.typing, fromResults: !!opts.fromResults };
    var current = location.pathname + location.search;
    if (opts.replace || url === current) {
      history.replaceState(entry, '', url);
    } else {
      history.pushState(entry, '', url);
    }
    state = next;
    render(opts);
  }

  function render(opts) {
    opts = opts || {};
    syncControls();
    renderActiveFilters();
    if (state.doc) {
      showDocumentView(opts);
    } else {
      showResultsView(opts);
    }
  }

  function syncControls() {
    if (els.q.value.trim() !== state.q) els.q.value = state.q;
    els.sort.value = state.sort;
    [[els.from, state.from], [els.to, state.to]].forEach(function (pair) {
      // A date being typed is left alone; it is applied on Enter or when the field is left.
      if (document.activeElement !== pair[0] && pair[0].value.trim() !== pair[1]) {
        pair[0].value = pair[1];
        setDateError(null);
      }
    });
    els.dateClear.hidden = !state.from && !state.to;
    var n = countFilters(state);
    els.filtersToggle.textContent = (els.facets.classList.contains('is-open') ? 'Hide filters' : 'Show filters') +
      (n ? ' (' + n + ')' : '');
  }

  function updateTitle(docTitle) {
    if (docTitle !== undefined) {
      document.title = docTitle + ' – ' + APP_NAME;
    } else if (state.q) {
      document.title = state.q + ' – ' + APP_NAME;
    } else {
      document.title = APP_NAME;
    }
  }

  /* ------------------------------------------------------------------ */
  /* Fetching                                                             */
  /* ------------------------------------------------------------------ */

  function fetchJson(url, signal) {
    return fetch(url, { signal: signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .catch(function (err) {
        if (err && err.name === 'AbortError') throw err;
        throw new Error('Could not reach the search server. Check your connection and try again.');
      })
      .then(function (res) {
        return res.json().then(
          function (body) { return { res: res, body: body }; },
          function (err) {
            if (err && err.name === 'AbortError') throw err;
            return { res: res, body: null };
          });
      })
      .then(function (r) {
        var body = r.body;
        if (!r.res.ok) {
          var apiError = body && typeof body === 'object' && body.error && typeof body.error === 'object' ? body.error : null;
          var message = apiError && isNonEmptyString(apiError.message)
            ? apiError.message
            : 'The server responded with HTTP ' + r.res.status + '.';
          var e = new Error(message);
          e.status = r.res.status;
          e.code = apiError && typeof apiError.code === 'string' ? apiError.code : null;
          throw e;
        }
        if (!body || typeof body !== 'object') {
          throw new Error('The server sent a response that could not be read.');
        }
        return body;
      });
  }

  function setLoading(on, text) {
    if (text) els.loadingText.textContent = text;
    els.main.setAttribute('aria-busy', on ? 'true' : 'false');
    els.resultsView.classList.toggle('is-loading', !!on);
    els.loading.hidden = !on;
  }

  function showError(title, message) {
    els.error.replaceChildren();
    els.error.appendChild(el('strong', 'error-title', title));
    els.error.appendChild(document.createTextNode(' '));
    els.error.appendChild(el('span', 'error-message', message));
    els.error.hidden = false;
  }

  function hideError() {
    els.error.hidden = true;
    els.error.replaceChildren();
  }

  /* ------------------------------------------------------------------ */
  /* Results view                                                         */
  /* ------------------------------------------------------------------ */

  function showResultsView(opts) {
    var returningFromDoc = visibleDoc !== null;
    if (docController) { docController.abort(); docController = null; }
    visibleDoc = null;
    document.body.classList.remove('doc-open');
    els.documentView.hidden = true;
    els.resultsView.hidden = false;
    els.facets.hidden = false;
    updateTitle();
    els.exportCsv.href = exportApiUrl(state, 'csv');
    els.exportJsonl.href = exportApiUrl(state, 'jsonl');
    updateMentionedWith(opts);

    var key = searchApiUrl(state);
    if (key === renderedSearchKey && !opts.force) {
      // Same results are still in the DOM (e.g. back from a document): just show them.
      hideError();
      setLoading(false);
      renderHistogram(); // the chart may count something else now
      if (returningFromDoc) {
        window.scrollTo(0, resultsScrollY);
        focusHitLink(lastOpenedDoc);
      }
      return;
    }
    if (returningFromDoc) window.scrollTo(0, 0);
    runSearch(key, opts);
  }

  function runSearch(key, opts) {
    if (searchController) searchController.abort();
    var controller = new AbortController();
    searchController = controller;
    setLoading(true, 'Searching…');

    fetchJson(key, controller.signal).then(function (data) {
      if (controller !== searchController) return;
      hideError();
      renderedSearchKey = key;
      renderSearch(data);
      if (opts.focusResults) {
        scrollResultsIntoView();
        els.resultsHeading.focus({ preventScroll: true });
      }
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== searchController) return;
      renderedSearchKey = null;
      renderSearchError(err);
    }).then(function () {
      if (controller === searchController) {
        searchController = null;
        setLoading(false);
      }
    });
  }

  function scrollResultsIntoView() {
    var rect = els.resultsView.getBoundingClientRect();
    if (rect.top < 0 || rect.top > window.innerHeight) {
      els.resultsView.scrollIntoView({ block: 'start' });
    }
  }

  function renderSearchError(err) {
    showError('Search failed.', err && err.message ? err.message : 'Unknown error.');
    els.total.textContent = '';
    els.results.replaceChildren();
    els.pager.hidden = true;
    els.pager.replaceChildren();
    els.empty.hidden = true;
    els.queryNotes.hidden = true;
    // Keep the last facets so filters can still be removed, but reflect the current selection.
    renderFacets(lastFacets);
  }

  /**
   * The server matches filter values whatever their case and accents and answers them as the index
   * writes them (a hand-typed ?author=sarfraz ahmed rana): the page takes those, so that the facet
   * shows the value ticked and the URL names it as indexed.
   */
  function adoptAnsweredFilters(answered) {
    if (!answered || typeof answered !== 'object') return;
    var changed = false;
    FACET_KEYS.forEach(function (k) {
      var values = asArray(answered[k]).filter(isNonEmptyString);
      if (values.length && values.join('\n') !== state.filters[k].join('\n')) {
        state.filters[k] = values;
        changed = true;
      }
    });
    if (!changed) return;
    history.replaceState(history.state, '', stateUrl(state));
    renderedSearchKey = searchApiUrl(state);
    renderActiveFilters();
  }

  function renderSearch(data) {
    adoptAnsweredFilters(data.filters);
    var hits = asArray(data.hits);
    var total = Number(data.total);
    if (!isFinite(total) || total < 0) total = hits.length;
    var page = Number(data.page) >= 1 ? Number(data.page) : state.page;
    var size = Number(data.size) >= 1 ? Number(data.size) : PAGE_SIZE;

    var summary = formatNumber(total) + ' ' + plural(total, 'result', 'results');
    var articles = Number(data.articles);
    // Copies are one result; the facets still count every article, which the counter says.
    if (isFinite(articles) && articles > total) {
      summary += ' (' + formatNumber(articles) + ' articles with copies; filters count articles)';
    }
    if (data.tookMs !== undefined && data.tookMs !== null && isFinite(Number(data.tookMs))) {
      summary += ' in ' + formatNumber(data.tookMs) + ' ms';
    }
    els.total.textContent = summary;
    els.filtersDone.textContent = 'Show ' + formatNumber(total) + ' ' + plural(total, 'result', 'results');

    els.results.replaceChildren();
    hits.forEach(function (hit) {
      if (hit && typeof hit === 'object') els.results.appendChild(renderHit(hit));
    });

    renderQueryNotes(data);
    renderEmpty(hits.length === 0, total, page, size);
    renderPager(total, page, size);
    lastFacets = data.facets && typeof data.facets === 'object' ? data.facets : null;
    lastFacetsCut = data.facetsCut && typeof data.facetsCut === 'object' ? data.facetsCut : {};
    renderFacets(lastFacets);
    refreshFinders();
    lastHistogram = data.histogram && typeof data.histogram === 'object' ? data.histogram : null;
    renderHistogram();
    updateConcordance();
  }

  /* ---------- Keyword in context ---------- */

  var kwicController = null;

  /** Shows the toggle when there is a query, and (re)loads the open concordance for this search. */
  function updateConcordance() {
    var toggle = $('kwic-toggle');
    toggle.hidden = !state.q;
    var open = toggle.getAttribute('aria-pressed') === 'true' && !!state.q;
    $('kwic').hidden = !open;
    if (kwicController) { kwicController.abort(); kwicController = null; }
    if (!open) return;
    var order = $('kwic-order').value;
    $('kwic-csv').href = concordanceApiUrl(searchParams(state), order, 'csv');
    $('kwic-note').textContent = 'Finding every match…';
    var controller = new AbortController();
    kwicController = controller;
    fetchJson(concordanceApiUrl(searchParams(state), order, ''), controller.signal).then(function (data) {
      if (controller !== kwicController) return;
      $('kwic-note').textContent = concordanceNote(data);
      $('kwic-lines').replaceChildren.apply($('kwic-lines'), concordanceLines(data).map(renderKwicLine));
    }).catch(function (err) {
      if (controller !== kwicController || (err && err.name === 'AbortError')) return;
      $('kwic-note').textContent = 'The concordance could not be loaded: ' + ((err && err.message) || 'error') + '.';
      $('kwic-lines').replaceChildren();
    });
  }

  /** One concordance line: the context either side of the marked match, its article and date. */
  function renderKwicLine(line) {
    var li = el('li', 'kwic-line');
    var left = el('span', 'kwic-left');
    left.appendChild(el('span', null, line.left));
    li.appendChild(left);
    li.appendChild(el('mark', 'kwic-match', line.match));
    li.appendChild(el('span', 'kwic-right', line.right));
    var target = cloneState(state);
    target.doc = line.id;
    var a = el('a', 'kwic-article', line.title || 'Untitled article');
    a.href = stateUrl(target);
    a.setAttribute('data-id', line.id);
    li.appendChild(a);
    li.appendChild(el('span', 'kwic-date', line.date));
    return li;
  }

  /** "Did you mean" (a link, or a note when the results are already for the correction) and the fallback notice. */
  function renderQueryNotes(data) {
    els.queryNotes.replaceChildren();
    var dym = data.didYouMean && typeof data.didYouMean === 'object' ? data.didYouMean : null;
    if (dym && isNonEmptyString(dym.query)) {
      var p = el('p', 'did-you-mean');
      if (dym.applied === true) {
        p.appendChild(document.createTextNode('No results for ' + quoted(state.q) + '. Showing results for '));
        p.appendChild(el('strong', 'did-you-mean-applied', dym.query));
        p.appendChild(document.createTextNode('.'));
      } else {
        p.appendChild(document.createTextNode('Did you mean: '));
        var target = cloneState(state);
        target.q = dym.query;
        target.page = 1;
        var a = el('a', 'did-you-mean-link', dym.query);
        a.href = stateUrl(target);
        a.setAttribute('data-query', dym.query);
        p.appendChild(a);
        p.appendChild(document.createTextNode('?'));
      }
      els.queryNotes.appendChild(p);
    }
    if (isNonEmptyString(data.notice)) {
      els.queryNotes.appendChild(el('p', 'query-notice', data.notice));
    }
    authorsNamed(data).forEach(function (named) {
      var p = el('p', 'author-hint');
      p.appendChild(document.createTextNode(quoted(named.word) + ' names an author: '));
      var a = el('a', 'author-hint-link', named.author + ' as author');
      a.href = stateUrl(withFilter(state, 'author', named.author));
      a.setAttribute('data-author', named.author);
      p.appendChild(a);
      els.queryNotes.appendChild(p);
    });
    els.queryNotes.hidden = !els.queryNotes.childNodes.length;
  }

  function foldText(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /**
   * The authors among the results whose name has a free word of the query (the server counts their
   * articles for it, as it does for one to three authors a word names), not yet ticked.
   */
  function authorsNamed(data) {
    var authors = data.facets && Array.isArray(data.facets.author) ? data.facets.author : [];
    var out = [];
    state.q.split(/\s+/).forEach(function (token) {
      if (!/^[\p{L}\p{N}'’-]{3,}$/u.test(token) || token.charAt(0) === '-') return;
      var word = foldText(token);
      var named = authors.filter(function (b) {
        return b && typeof b.value === 'string' &&
          foldText(b.value).split(/[^\p{L}\p{N}]+/u).indexOf(word) !== -1;
      });
      if (named.length < 1 || named.length > 3) return;
      named.forEach(function (b) {
        if (state.filters.author.indexOf(b.value) === -1) out.push({ word: token, author: b.value });
      });
    });
    return out;
  }

  function renderHit(hit) {
    var li = el('li', 'hit');
    var heading = el('h2', 'hit-heading');
    var hasTitle = isNonEmptyString(hit.title);
    var titleText = hasTitle ? hit.title : 'Untitled article';
    var id = hit.id !== undefined && hit.id !== null ? String(hit.id) : null;
    var title;
    if (id) {
      title = el('a', 'hit-title', titleText);
      var target = cloneState(state);
      target.doc = id;
      title.href = stateUrl(target);
      title.setAttribute('data-id', id);
    } else {
      title = el('span', 'hit-title', titleText);
    }
    if (!hasTitle) title.classList.add('is-untitled');
    title.dir = 'auto';
    heading.appendChild(title);
    li.appendChild(heading);

    var meta = el('p', 'hit-meta');
    var parts = [];
    var authors = asArray(hit.authors).filter(isNonEmptyString);
    if (authors.length) parts.push(el('span', 'hit-authors', authors.join(', ')));
    if (isNonEmptyString(hit.date)) parts.push(dateElement(hit.date, 'hit-date'));
    if (isNonEmptyString(hit.publisher)) parts.push(el('span', 'hit-publisher', hit.publisher));
    var original = originalLink(hit.url, 'hit-original', 'Original');
    if (original) parts.push(original);
    var matches = Number(hit.matches);
    if (state.q && isFinite(matches) && matches > 0) {
      parts.push(el('span', 'hit-matches', formatNumber(matches) + ' ' + plural(matches, 'mention', 'mentions')));
    }
    parts.forEach(function (part, i) {
      if (i > 0) {
        var sep = el('span', 'sep', '·');
        sep.setAttribute('aria-hidden', 'true');
        meta.appendChild(sep);
      }
      meta.appendChild(part);
    });
    if (parts.length) li.appendChild(meta);

    if (isNonEmptyString(hit.snippet)) {
      var snippet = el('p', 'snippet');
      // Right-to-left text (Urdu, Arabic) is laid out by its own first strong letter.
      snippet.dir = 'auto';
      appendSnippet(snippet, hit.snippet);
      li.appendChild(snippet);
    }
    var copies = Number(hit.copies);
    if (id && isFinite(copies) && copies > 0) {
      var details = el('details', 'hit-copies');
      details.setAttribute('data-id', id);
      details.appendChild(el('summary', 'hit-copies-summary',
        formatNumber(copies) + ' other ' + plural(copies, 'copy', 'copies')));
      details.addEventListener('toggle', function () {
        if (details.open && !details.hasAttribute('data-loaded')) loadCopies(details, id);
      });
      li.appendChild(details);
    }
    return li;
  }

  /** Fills an expanded "other copies" with the story's other articles, once. */
  function loadCopies(details, id) {
    details.setAttribute('data-loaded', '');
    fetchJson(copiesApiUrl(id)).then(function (body) {
      var others = asArray(body.copies).filter(function (c) { return c && String(c.id) !== id; });
      details.appendChild(renderCopyList(others, id));
      if (asArray(body.copies).some(function (c) { return c && String(c.id) === id && c.firstSeen === true; })) {
        details.appendChild(el('p', 'copies-note', 'This one was seen first.'));
      }
    }).catch(function () {
      details.removeAttribute('data-loaded');
      details.appendChild(el('p', 'hint', 'The copies could not be loaded.'));
    });
  }

  /** A list of copies: title (a link, except for the article shown), publisher, date, first seen. */
  function renderCopyList(copies, currentId) {
    var list = el('ul', 'copy-list');
    copies.forEach(function (copy) {
      var li = el('li', 'copy-item');
      var title = isNonEmptyString(copy.title) ? copy.title : 'Untitled article';
      var id = String(copy.id);
      if (id === currentId) {
        li.appendChild(el('span', 'copy-title is-current', title + ' (this article)'));
      } else {
        var a = el('a', 'copy-title', title);
        var target = cloneState(state);
        target.doc = id;
        a.href = stateUrl(target);
        a.setAttribute('data-id', id);
        li.appendChild(a);
      }
      var meta = [];
      if (isNonEmptyString(copy.publisher)) meta.push(copy.publisher);
      meta.push(isNonEmptyString(copy.date) ? formatDate(copy.date) : 'Undated');
      li.appendChild(el('span', 'copy-meta', meta.join(' \u00b7 ')));
      if (copy.firstSeen === true) li.appendChild(el('span', 'copy-first', 'First seen'));
      list.appendChild(li);
    });
    return list;
  }

  function renderEmpty(isEmpty, total, page, size) {
    els.empty.replaceChildren();
    els.empty.hidden = !isEmpty;
    if (!isEmpty) return;

    var lastPage = Math.max(1, Math.ceil(total / size));
    if (total > 0 && page > lastPage) {
      els.empty.appendChild(el('p', 'empty-title',
        'Page ' + page + ' is past the last page of results (' + lastPage + ').'));
      var first = el('button', 'btn', 'Go to the first page');
      first.type = 'button';
      first.setAttribute('data-action', 'first-page');
      els.empty.appendChild(first);
      return;
    }

    var message;
    var filtered = hasFilters(state);
    if (state.q && filtered) {
      message = 'No articles match ' + quoted(state.q) + ' with the selected filters.';
    } else if (state.q) {
      message = 'No articles match ' + quoted(state.q) + '.';
    } else if (filtered) {
      message = 'No articles match the selected filters.';
    } else {
      message = 'No articles match. The collection appears to be empty.';
    }
    els.empty.appendChild(el('p', 'empty-title', message));
    var tips = el('p', 'empty-hint',
      filtered ? 'Try removing some filters or using fewer words.' : 'Check the spelling or try different, more general words.');
    els.empty.appendChild(tips);
    if (filtered) {
      var clear = el('button', 'btn', 'Clear all filters');
      clear.type = 'button';
      clear.setAttribute('data-action', 'clear-filters');
      els.empty.appendChild(clear);
    }
  }

  /* ------------------------------------------------------------------ */
  /* Pagination                                                           */
  /* ------------------------------------------------------------------ */

  function pageNumbers(current, last) {
    var wanted = [1, 2, last - 1, last, current - 2, current - 1, current, current + 1, current + 2]
      .filter(function (p) { return p >= 1 && p <= last; });
    wanted = unique(wanted).sort(function (a, b) { return a - b; });
    var out = [];
    wanted.forEach(function (p, i) {
      if (i > 0 && p - wanted[i - 1] > 1) {
        if (p - wanted[i - 1] === 2) out.push(p - 1); else out.push(null);
      }
      out.push(p);
    });
    return out;
  }

  function pageLink(page, text, className, label) {
    var target = cloneState(state);
    target.page = page;
    target.doc = null;
    var a = el('a', className, text);
    a.href = stateUrl(target);
    a.setAttribute('data-page', String(page));
    if (label) a.setAttribute('aria-label', label);
    return a;
  }

  // The API answers at most page × size = 10,000 hits deep; narrower searches reach the rest.
  var MAX_HITS_DEEP = 10000;

  function renderPager(total, page, size) {
    els.pager.replaceChildren();
    var last = Math.ceil(Math.min(total, MAX_HITS_DEEP) / size);
    if (last <= 1 && page <= 1) {
      els.pager.hidden = true;
      return;
    }
    last = Math.max(last, 1);
    els.pager.hidden = false;
    var list = el('ul', 'pager-list');

    function addItem(node) {
      var li = el('li');
      li.appendChild(node);
      list.appendChild(li);
    }

    if (page > 1) {
      var prev = pageLink(Math.min(page - 1, last), '‹ Previous', 'pager-prev', 'Previous page');
      prev.setAttribute('rel', 'prev');
      addItem(prev);
    } else {
      var prevDisabled = el('span', 'pager-prev is-disabled', '‹ Previous');
      prevDisabled.setAttribute('aria-disabled', 'true');
      addItem(prevDisabled);
    }

    pageNumbers(Math.min(page, last), last).forEach(function (p) {
      if (p === null) {
        var gap = el('span', 'pager-gap', '…');
        gap.setAttribute('aria-hidden', 'true');
        addItem(gap);
      } else if (p === page) {
        var cur = pageLink(p, String(p), 'pager-page is-current', 'Page ' + p + ', current page');
        cur.setAttribute('aria-current', 'page');
        addItem(cur);
      } else {
        addItem(pageLink(p, String(p), 'pager-page', 'Page ' + p));
      }
    });

    if (page < last) {
      var next = pageLink(page + 1, 'Next ›', 'pager-next', 'Next page');
      next.setAttribute('rel', 'next');
      addItem(next);
    } else {
      var nextDisabled = el('span', 'pager-next is-disabled', 'Next ›');
      nextDisabled.setAttribute('aria-disabled', 'true');
      addItem(nextDisabled);
    }
    els.pager.appendChild(list);
    if (last > 2) els.pager.appendChild(pageJump(Math.min(page, last), last));
  }

  /** "Page [n] of N Go": reaches any page of a long result list without stepping through it. */
  function pageJump(page, last) {
    var form = el('form', 'pager-jump');
    form.noValidate = true;
    var label = el('label', 'pager-jump-label', 'Page ');
    var input = document.createElement('input');
    input.type = 'number';
    input.className = 'pager-jump-input';
    input.min = '1';
    input.max = String(last);
    input.value = String(page);
    input.setAttribute('inputmode', 'numeric');
    label.appendChild(input);
    label.appendChild(document.createTextNode(' of ' + formatNumber(last)));
    form.appendChild(label);
    var go = el('button', 'btn pager-jump-go', 'Go');
    go.type = 'submit';
    form.appendChild(go);
    var error = el('p', 'pager-jump-error');
    error.id = 'pager-jump-error';
    error.setAttribute('role', 'alert');
    error.hidden = true;
    form.appendChild(error);
    form.setAttribute('data-last', String(last));
    return form;
  }

  /* ------------------------------------------------------------------ */
  /* Year charts (SVG)                                                    */
  /* ------------------------------------------------------------------ */

  var SVG_NS = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  /* Width of the count axis left of the bars, and of a label's character, in px. */
  var COUNT_AXIS_WIDTH = 34;
  var LABEL_CHAR_WIDTH = 7;

  /**
   * Draws counts per year as SVG bars of a fixed width (see histogram.js: years, or decades when
   * years do not fit), with a count axis; a year or decade without articles is a gap; undated
   * articles get their own bar, set apart at the right. opts.selected: keys drawn as chosen;
   * opts.interactive: bars are buttons (data-key, and data-from / data-to for a decade) with one
   * tab stop, moved with the arrow keys; opts.noun: "articles".
   */
  function drawYearBars(host, years, undated, opts) {
    host.replaceChildren();
    var width = Math.max(host.clientWidth || 0, 160);
    var layout = layoutYears(years, undated, width - COUNT_AXIS_WIDTH);
    var bars = layout.bars;
    if (!bars.length) return false;
    var selected = opts.selected || [];
    var height = opts.height || 104;
    var top = 8;
    var labelH = 18;
    var plot = height - top - labelH;
    var slot = layout.slot;
    var gap = Math.min(slot * 0.25, 8);
    var left = COUNT_AXIS_WIDTH;
    var right = left + (bars[bars.length - 1].pos + 1) * slot;
    var scale = countTicks(bars.reduce(function (m, b) { return Math.max(m, b.count); }, 0));
    var total = bars.reduce(function (n, b) { return n + b.count; }, 0);
    var dated = bars.filter(function (b) { return !b.undated; });
    var undatedBar = bars[bars.length - 1].undated ? bars[bars.length - 1] : null;

    var root = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, class: 'year-bars' });
    root.setAttribute('role', opts.interactive ? 'group' : 'img');
    root.setAttribute('aria-label', opts.label + ': ' + formatNumber(total) + ' ' + opts.noun +
      (dated.length ? ' from ' + dated[0].from + ' to ' + dated[dated.length - 1].to : '') +
      (undatedBar ? ', ' + formatNumber(undatedBar.count) + ' undated' : ''));
    scale.ticks.forEach(function (t) {
      var y = Math.round(top + plot - t / scale.top * plot) + 0.5;
      root.appendChild(svg('line', { x1: left, x2: right, y1: y, y2: y, class: t === 0 ? 'axis' : 'grid' }));
      var label = svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'count-label' });
      label.textContent = formatNumber(t);
      root.appendChild(label);
    });

    var hasSelection = selected.length > 0;
    var tabStop = -1;
    bars.forEach(function (b) {
      // A year without articles would lead nowhere: it is a gap, not a button.
      if (!b.count) return;
      var x0 = left + b.pos * slot;
      var h = Math.max(2, Math.round(b.count / scale.top * plot));
      var isSel = selected.indexOf(b.key) !== -1;
      var g = svg('g', { class: 'bar' + (b.undated ? ' is-undated' : '') + (isSel ? ' is-selected' : '') +
        (hasSelection && !isSel ? ' is-dimmed' : '') });
      g.setAttribute('data-key', b.key);
      if (!b.undated && b.from !== b.to) {
        g.setAttribute('data-from', String(b.from));
        g.setAttribute('data-to', String(b.to));
      }
      var spoken = b.label + ': ' + formatNumber(b.count) + ' ' + (b.count === 1 ? opts.noun.replace(/s$/, '') : opts.noun);
      var title = svg('title');
      title.textContent = spoken;
      g.appendChild(title);
      // A full-height transparent target the width of the slot makes short bars easy to hit.
      g.appendChild(svg('rect', { x: x0, y: 0, width: slot, height: top + plot, class: 'bar-target' }));
      g.appendChild(svg('rect', { x: x0 + gap / 2, y: top + plot - h, width: Math.max(slot - gap, 1), height: h, class: 'bar-fill' }));
      if (opts.interactive) {
        g.setAttribute('role', 'button');
        g.setAttribute('aria-pressed', isSel ? 'true' : 'false');
        g.setAttribute('aria-label', spoken + (isSel ? ', selected' : ''));
        g.setAttribute('tabindex', '-1');
        if (isSel && tabStop === -1) tabStop = root.querySelectorAll('g.bar').length;
      }
      root.appendChild(g);
    });

    var items = bars.map(function (b) {
      return { center: left + b.pos * slot + slot / 2, width: b.label.length * LABEL_CHAR_WIDTH };
    });
    labelsThatFit(items, undatedBar ? [bars.length - 1] : []).forEach(function (i) {
      var b = bars[i];
      var cx = Math.max(items[i].center, left + items[i].width / 2);
      var anchor = cx + items[i].width / 2 > width ? 'end' : 'middle';
      var t = svg('text', { x: anchor === 'end' ? width : cx, y: height - 4, 'text-anchor': anchor,
        class: 'bar-label' + (b.undated ? ' is-undated' : '') });
      t.textContent = b.label;
      root.appendChild(t);
    });
    if (opts.interactive) {
      var groups = root.querySelectorAll('g.bar');
      if (groups.length) groups[tabStop === -1 ? 0 : tabStop].setAttribute('tabindex', '0');
    }
    host.appendChild(root);
    return true;
  }

  /**
   * The year histogram of the search, of articles or (with a query, chart=mentions) of the query's
   * mentions, of all authors or one (by); bars filter to their year.
   */
  function renderHistogram() {
    var focusedKey = els.histogram.contains(document.activeElement)
      ? document.activeElement.getAttribute('data-key') : null;
    var h = lastHistogram;
    var opts = { label: 'Articles per year', noun: 'articles' };
    var counting = renderChartControls();
    if (counting) {
      h = counting;
      opts = { label: 'Mentions of ' + quoted(state.q) + ' per year' + (state.by ? ' by ' + state.by : ''),
        noun: 'mentions' };
    }
    els.histogram.hidden = false; // measured while visible
    // A decade bar is chosen while From and To are exactly its first and last year.
    opts.selected = state.filters.year.concat(state.from && state.to ? [state.from + '-' + state.to] : []);
    opts.interactive = true;
    var shown = !!h && drawYearBars(els.histogram, h.years, h.undated, opts);
    els.histogram.hidden = !shown;
    if (focusedKey) {
      var again = els.histogram.querySelector('g.bar[data-key="' + focusedKey + '"]');
      if (again) focusBar(again);
    }
  }

  /**
   * Shows the Articles / Mentions switch (mentions need a query) and the author choice; fetches the
   * mentions when they are asked for and not loaded. Returns the mentions to draw, or null.
   */
  function renderChartControls() {
    els.chartControls.hidden = !state.q;
    var on = !!state.q && state.chart === 'mentions';
    els.countArticles.setAttribute('aria-pressed', on ? 'false' : 'true');
    els.countMentions.setAttribute('aria-pressed', on ? 'true' : 'false');
    els.mentionsAuthor.parentNode.hidden = !on;
    els.mentionsNote.hidden = !on;
    if (!on) return null;
    var key = occurrencesApiUrl(searchParams(state));
    if (key !== mentions.key) {
      loadMentions(key);
      return null;
    }
    var choices = authorChoices(mentions.data);
    var options = [new Option('All authors', '')].concat(choices.map(function (c) { return new Option(c.label, c.value); }));
    els.mentionsAuthor.replaceChildren.apply(els.mentionsAuthor, options);
    els.mentionsAuthor.value = state.by;
    var series = mentionSeries(mentions.data, state.by) || mentionSeries(mentions.data, '');
    els.mentionsNote.textContent = series ? formatNumber(series.total) + ' ' + plural(series.total, 'mention', 'mentions') +
      ' in ' + formatNumber(series.articles) + ' ' + plural(series.articles, 'article', 'articles') : '';
    return series;
  }

  function loadMentions(key) {
    if (mentions.controller) mentions.controller.abort();
    var controller = new AbortController();
    mentions.controller = controller;
    mentions.key = key;
    mentions.data = null;
    fetchJson(key, controller.signal).then(function (data) {
      if (controller !== mentions.controller) return;
      mentions.data = data;
      renderHistogram();
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== mentions.controller) return;
      mentions.key = null;
      els.mentionsNote.textContent = 'Mentions could not be counted: ' + (err && err.message ? err.message : 'unknown error');
    });
  }

  function focusBar(g) {
    els.histogram.querySelectorAll('g.bar').forEach(function (b) { b.setAttribute('tabindex', b === g ? '0' : '-1'); });
    g.focus();
  }

  /**
   * A year's bar shows that year alone; choosing the only chosen year again shows every year. A
   * decade's bar sets From and To to the decade, whose years the histogram then shows one by one.
   */
  function toggleBar(bar) {
    var next = cloneState(state);
    var key = bar.getAttribute('data-key');
    var from = bar.getAttribute('data-from');
    if (from) {
      var to = bar.getAttribute('data-to');
      var same = state.from === from && state.to === to;
      next.from = same ? '' : from;
      next.to = same ? '' : to;
      next.filters.year = [];
    } else {
      var years = next.filters.year;
      next.filters.year = years.length === 1 && years[0] === key ? [] : [key];
    }
    next.page = 1;
    next.doc = null;
    navigate(next);
  }

  /* ------------------------------------------------------------------ */
  /* Mentioned with                                                       */
  /* ------------------------------------------------------------------ */

  function sameWith(a, b) {
    return !!a && !!b && a.type === b.type && a.value === b.value;
  }

  function setWith(entity) {
    var next = cloneState(state);
    next.with = sameWith(entity, state.with) ? null : entity;
    next.doc = null;
    navigate(next, { focusWith: !!next.with });
  }

  function syncWithButtons() {
    els.facetsBody.querySelectorAll('button.facet-with').forEach(function (b) {
      var on = sameWith({ type: b.getAttribute('data-facet'), value: b.getAttribute('data-value') }, state.with);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  /** Shows (or hides) the entities mentioned most with state.with in the current results. */
  function updateMentionedWith(opts) {
    syncWithButtons();
    var panel = els.mentionedWith;
    if (!state.with) {
      if (withController) { withController.abort(); withController = null; }
      withKey = null;
      lastWith = null;
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    var url = cooccurrenceApiUrl(state);
    if (url === withKey) return;
    withKey = url;
    lastWith = null;
    if (withController) withController.abort();
    var controller = new AbortController();
    withController = controller;
    var w = state.with;
    renderWithPanel(w, null, null);
    panel.hidden = false;
    if (opts && opts.focusWith) focusWithHeading();
    fetchJson(url, controller.signal).then(function (body) {
      if (controller !== withController) return;
      lastWith = body;
      renderWithPanel(w, body, null);
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== withController) return;
      // Without the endpoint (a server that predates it) the panel stays away rather than erring.
      if (err && err.status === 404 && err.code === 'not_found') {
        panel.hidden = true;
        panel.replaceChildren();
        return;
      }
      renderWithPanel(w, null, err && err.message ? err.message : 'Unknown error.');
    }).then(function () {
      if (controller === withController) withController = null;
    });
  }

  function focusWithHeading() {
    var h = $('mentioned-with-heading');
    if (h) h.focus();
  }

  function renderWithPanel(w, body, error) {
    var panel = els.mentionedWith;
    var hadFocus = panel.contains(document.activeElement) && document.activeElement.id === 'mentioned-with-heading';
    panel.replaceChildren();
    var header = el('div', 'panel-header');
    var h = el('h2', 'panel-title-large');
    h.id = 'mentioned-with-heading';
    h.tabIndex = -1;
    h.appendChild(document.createTextNode('Mentioned with '));
    h.appendChild(el('span', 'mw-subject mention mention-' + w.type, w.value));
    header.appendChild(h);
    var close = el('button', 'btn btn-small mw-close', 'Close');
    close.type = 'button';
    close.setAttribute('data-action', 'close-with');
    close.setAttribute('aria-label', 'Close \u201cMentioned with ' + w.value + '\u201d');
    header.appendChild(close);
    panel.appendChild(header);
    if (hadFocus) h.focus({ preventScroll: true });

    if (error) {
      panel.appendChild(el('p', 'mw-error', 'Could not load the names mentioned with ' + w.value + ': ' + error));
      return;
    }
    if (!body) {
      panel.appendChild(el('p', 'mw-status', 'Loading\u2026'));
      return;
    }
    var articles = Number(body.articles);
    panel.appendChild(el('p', 'mw-status', FACET_LABELS[w.type] + ' \u00b7 mentioned in ' +
      formatNumber(isFinite(articles) ? articles : 0) + ' ' + plural(articles, 'article', 'articles') +
      ' of the current results'));

    var grid = el('div', 'mw-grid');
    var listBox = el('div', 'mw-names');
    // Ranked by how much more often than chance a name comes with this one (the server's score).
    listBox.appendChild(el('h3', 'panel-title', 'More often with it than chance would have'));
    var items = asArray(body.with).filter(function (x) {
      return x && typeof x === 'object' && isNonEmptyString(x.value);
    });
    if (!items.length) {
      listBox.appendChild(el('p', 'mw-none', 'No other names appear in these articles.'));
    } else {
      var ol = el('ol', 'mw-list');
      items.forEach(function (x) {
        var facet = ENTITY_FACET[String(x.type || '').toUpperCase()] || null;
        var count = Number(x.count) || 0;
        var its = Number(x.articles) || count;
        var li = el('li', 'mw-item');
        var name;
        if (facet) {
          name = el('a', 'mw-name mention mention-' + facet, x.value);
          name.href = stateUrl(withFilter(state, facet, x.value));
          name.setAttribute('data-facet', facet);
          name.setAttribute('data-value', x.value);
          name.title = 'Show the results that mention ' + x.value;
        } else {
          name = el('span', 'mw-name', x.value);
        }
        li.appendChild(name);
        if (facet) li.appendChild(el('span', 'mw-type', FACET_LABELS[facet]));
        var meter = el('span', 'mw-meter');
        meter.setAttribute('aria-hidden', 'true');
        var fill = el('span', 'mw-meter-fill');
        fill.style.width = Math.max(3, Math.round(count / Math.max(its, 1) * 100)) + '%';
        meter.appendChild(fill);
        li.appendChild(meter);
        var share = el('span', 'mw-count', formatNumber(count) + ' of ' + formatNumber(its));
        share.title = formatNumber(count) + ' of the ' + formatNumber(its) + ' ' + plural(its, 'article', 'articles') +
          ' that mention ' + x.value + ' mention ' + w.value;
        li.appendChild(share);
        ol.appendChild(li);
      });
      listBox.appendChild(ol);
    }
    grid.appendChild(listBox);

    var chartBox = el('div', 'mw-chart');
    chartBox.appendChild(el('h3', 'panel-title', 'Mentions per year'));
    var host = el('div', 'mw-chart-host');
    chartBox.appendChild(host);
    grid.appendChild(chartBox);
    panel.appendChild(grid);
    if (!drawYearBars(host, body.perYear, body.undated, { label: 'Articles mentioning ' + w.value + ' per year', noun: 'articles', height: 88 })) {
      host.appendChild(el('p', 'mw-none', 'No dated articles.'));
    }
  }

  /* ------------------------------------------------------------------ */
  /* Facets                                                               */
  /* ------------------------------------------------------------------ */

  /** Remembers which control inside the sidebar has focus, to restore it after a re-render. */
  function captureFacetFocus() {
    var a = document.activeElement;
    if (!a || !els.facetsBody.contains(a)) return null;
    var section = a.closest('.facet');
    if (!section) return null;
    var saved = {
      facet: section.getAttribute('data-facet'),
      more: a.classList.contains('facet-more'),
      finder: a.hasAttribute('data-finder'),
      inFinder: !!a.closest('.facet-find-results'),
      value: a.matches('input[type=checkbox]') ? a.value : null,
      withValue: a.classList.contains('facet-with') ? a.getAttribute('data-value') : null,
      selStart: null,
      selEnd: null
    };
    if (saved.finder) {
      try { saved.selStart = a.selectionStart; saved.selEnd = a.selectionEnd; } catch (e) { /* not supported */ }
    }
    return saved;
  }

  function restoreFacetFocus(saved) {
    if (!saved) return;
    var sections = els.facetsBody.querySelectorAll('.facet');
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getAttribute('data-facet') !== saved.facet) continue;
      if (saved.withValue !== null) {
        var withButtons = sections[i].querySelectorAll('button.facet-with');
        for (var w = 0; w < withButtons.length; w++) {
          if (withButtons[w].getAttribute('data-value') === saved.withValue) { withButtons[w].focus(); return; }
        }
        return;
      }
      if (saved.more) {
        var more = sections[i].querySelector('.facet-more');
        if (more) more.focus();
        return;
      }
      if (saved.finder) {
        var input = sections[i].querySelector('input[data-finder]');
        if (input) {
          input.focus();
          if (saved.selStart !== null) {
            try { input.setSelectionRange(saved.selStart, saved.selEnd); } catch (e) { /* not supported */ }
          }
        }
        return;
      }
      // A value ticked in the finder is then in the list, the finder having been cleared.
      var containers = saved.inFinder ? ['.facet-find-results', '.facet-values'] : ['.facet-values'];
      for (var c = 0; c < containers.length; c++) {
        var container = sections[i].querySelector(containers[c]);
        var boxes = container && !container.hidden ? container.querySelectorAll('input[type=checkbox]') : [];
        for (var j = 0; j < boxes.length; j++) {
          if (boxes[j].value === saved.value) { boxes[j].focus(); return; }
        }
      }
    }
  }

  function finderOf(key) {
    if (!finders[key]) {
      finders[key] = {
        input: '', query: '', browse: false, results: null, total: 0, page: 1, error: null,
        loading: false, timer: null, controller: null
      };
    }
    return finders[key];
  }

  function finderActive(key) {
    return !!(FINDER_FACETS[key] && finders[key] && (finders[key].query || finders[key].browse));
  }

  function renderFacets(facetsData) {
    var saved = captureFacetFocus();
    els.facetsBody.replaceChildren();
    var rendered = 0;

    FACETS.forEach(function (facet) {
      var key = facet.key;
      var selected = state.filters[key];
      var buckets = facetsData ? asArray(facetsData[key]) : [];
      var items = [];
      var seen = Object.create(null);
      buckets.forEach(function (b) {
        if (!b || typeof b !== 'object' || b.value === undefined || b.value === null) return;
        var value = String(b.value);
        if (value === '' || seen[value]) return;
        seen[value] = true;
        var count = Number(b.count);
        items.push({ value: value, count: isFinite(count) ? count : 0 });
      });
      // Ticked values always stay visible, even when the server no longer returns them.
      selected.forEach(function (value) {
        if (!seen[value]) {
          seen[value] = true;
          items.push({ value: value, count: 0 });
        }
      });
      // A facet whose finder is in use stays, so the typed text is not lost.
      if (!items.length && !finderActive(key)) return;
      rendered++;
      els.facetsBody.appendChild(renderFacet(facet, items, selected));
    });

    if (!rendered) {
      els.facetsBody.appendChild(el('p', 'facets-none',
        facetsData ? 'No filters for these results.' : 'Filters appear once results are loaded.'));
    }
    restoreFacetFocus(saved);
  }

  /** One checkbox row. corpusWide: the count is over the whole index (finder results). */
  function facetItem(key, item, isSelected, corpusWide) {
    var li = el('li', 'facet-item');
    if (item.count === 0) li.classList.add('is-zero');
    var label = el('label', 'facet-label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.value = item.value;
    box.checked = isSelected;
    box.setAttribute('data-facet', key);
    label.appendChild(box);
    label.appendChild(el('span', 'facet-value', facetValueText(key, item.value)));
    var count = el('span', 'facet-count');
    count.appendChild(el('span', 'sr-only', ', '));
    count.appendChild(document.createTextNode(formatNumber(item.count)));
    count.appendChild(el('span', 'sr-only',
      ' ' + plural(item.count, 'article', 'articles') + (corpusWide ? ' in all' : '')));
    label.appendChild(count);
    li.appendChild(label);
    if (WITH_TYPES.indexOf(key) !== -1) {
      var withButton = el('button', 'facet-with', 'mentioned with');
      withButton.type = 'button';
      withButton.setAttribute('data-facet', key);
      withButton.setAttribute('data-value', item.value);
      withButton.setAttribute('aria-pressed', sameWith({ type: key, value: item.value }, state.with) ? 'true' : 'false');
      withButton.setAttribute('aria-label', 'Mentioned with ' + item.value);
      withButton.title = 'Who and what is mentioned with ' + item.value + ' more often than chance, and when';
      li.appendChild(withButton);
    }
    return li;
  }

  function renderFacet(facet, items, selected) {
    var key = facet.key;
    var section = el('section', 'facet');
    section.setAttribute('data-facet', key);
    var fieldset = el('fieldset', 'facet-fieldset');
    var legend = el('legend', 'facet-title', facet.label);
    fieldset.appendChild(legend);

    if (FINDER_FACETS[key]) fieldset.appendChild(renderFinder(key));

    var values = el('div', 'facet-values');
    var list = el('ul', 'facet-list');
    var expanded = !!expandedFacets[key];
    var hiddenCount = 0;

    items.forEach(function (item, index) {
      var isSelected = selected.indexOf(item.value) !== -1;
      var li = facetItem(key, item, isSelected, false);
      if (index >= FACET_VISIBLE && !isSelected) {
        li.classList.add('is-extra');
        li.hidden = !expanded;
        hiddenCount++;
      }
      list.appendChild(li);
    });
    values.appendChild(list);

    if (hiddenCount > 0) {
      var more = el('button', 'facet-more');
      more.type = 'button';
      more.setAttribute('aria-expanded', expanded ? 'true' : 'false');
      more.setAttribute('data-hidden-count', String(hiddenCount));
      more.textContent = expanded ? 'Show fewer' : 'Show ' + hiddenCount + ' more';
      values.appendChild(more);
    }
    if (lastFacetsCut[key] === true && FINDER_FACETS[key]) {
      // The search lists a facet's top values only; the rest are a page at a time from the finder.
      values.appendChild(el('p', 'facet-cut', 'Top ' + formatNumber(items.length) + ' of more ' +
        FINDER_FACETS[key].plural + '.'));
      var all = el('button', 'facet-all', 'Show all ' + FINDER_FACETS[key].plural);
      all.type = 'button';
      values.appendChild(all);
    }
    fieldset.appendChild(values);
    section.appendChild(fieldset);
    updateFinderPanel(key, section);
    return section;
  }

  /** The "Find…" box and the (initially empty) panel for its matches. */
  function renderFinder(key) {
    var f = finderOf(key);
    var wrap = el('div', 'facet-find');
    var id = 'facet-find-' + key;
    var label = el('label', 'sr-only', FINDER_FACETS[key].label);
    label.htmlFor = id;
    wrap.appendChild(label);
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.className = 'facet-find-input';
    input.placeholder = 'Find\u2026';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.maxLength = FINDER_MAX_CHARS;
    input.value = f.input;
    input.setAttribute('data-finder', key);
    input.setAttribute('aria-controls', id + '-panel');
    input.setAttribute('aria-describedby', id + '-status');
    wrap.appendChild(input);

    var panel = el('div', 'facet-find-panel');
    panel.id = id + '-panel';
    var status = el('p', 'facet-find-status');
    status.id = id + '-status';
    status.setAttribute('role', 'status');
    panel.appendChild(status);
    panel.appendChild(el('ul', 'facet-list facet-find-results'));
    wrap.appendChild(panel);
    return wrap;
  }

  /** Shows the finder's matches (or the normal list when the finder is empty). */
  function updateFinderPanel(key, section) {
    if (!FINDER_FACETS[key]) return;
    section = section || els.facetsBody.querySelector('.facet[data-facet="' + key + '"]');
    if (!section) return;
    var panel = section.querySelector('.facet-find-panel');
    var status = section.querySelector('.facet-find-status');
    var list = section.querySelector('.facet-find-results');
    var values = section.querySelector('.facet-values');
    if (!panel || !status || !list || !values) return;
    var f = finderOf(key);
    var active = !!f.query || f.browse;
    panel.hidden = !active;
    values.hidden = active;
    panel.classList.toggle('is-loading', active && f.loading);
    if (!active) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    var names = FINDER_FACETS[key].plural;
    var message;
    if (f.error) {
      message = 'Could not search ' + names + ': ' + f.error;
    } else if (f.results === null) {
      message = 'Searching\u2026';
    } else if (!f.results.length) {
      message = f.query ? 'No ' + names + ' match \u201c' + f.query + '\u201d in these results.'
        : 'No ' + names + ' in these results.';
    } else {
      message = (f.query
        ? formatNumber(f.total) + ' ' + plural(f.total, 'match', 'matches')
        : 'All ' + formatNumber(f.total) + ' ' + names) + ' in these results' +
        (FINDER_FACETS[key].order === 'value' ? ', in order' : ', most articles first') +
        (f.results.length < f.total ? '; ' + formatNumber(f.results.length) + ' shown.' : '.');
    }
    if (status.textContent !== message) status.textContent = message;
    list.replaceChildren();
    (f.error ? [] : f.results || []).forEach(function (item) {
      list.appendChild(facetItem(key, item, state.filters[key].indexOf(item.value) !== -1, false));
    });
    var rest = f.error || !f.results ? 0 : f.total - f.results.length;
    var next = panel.querySelector('.facet-page-more');
    if (rest > 0) {
      if (!next) {
        next = el('button', 'facet-page-more');
        next.type = 'button';
        panel.appendChild(next);
      }
      next.textContent = 'Show ' + formatNumber(Math.min(rest, FINDER_SIZE)) + ' more ' + names;
      next.disabled = f.loading;
    } else if (next) {
      next.remove();
    }
    var close = panel.querySelector('.facet-browse-close');
    if (f.browse && !f.query) {
      if (!close) {
        close = el('button', 'facet-browse-close', 'Show top ' + names);
        close.type = 'button';
        panel.appendChild(close);
      }
    } else if (close) {
      close.remove();
    }
  }

  function onFinderInput(key, raw) {
    var f = finderOf(key);
    f.input = raw;
    var q = raw.trim().slice(0, FINDER_MAX_CHARS);
    clearTimeout(f.timer);
    f.timer = null;
    if (q === f.query && (f.loading || f.results !== null || f.error)) return;
    f.query = q;
    if (f.controller) { f.controller.abort(); f.controller = null; }
    if (!q && f.browse) {
      runFinder(key, 1);
      return;
    }
    if (!q) {
      f.results = null;
      f.error = null;
      f.loading = false;
      updateFinderPanel(key);
      return;
    }
    f.loading = true;
    f.error = null;
    updateFinderPanel(key);
    f.timer = setTimeout(function () {
      f.timer = null;
      runFinder(key, 1);
    }, FINDER_DEBOUNCE_MS);
  }

  /** Loads one page of a finder's values: the first replaces the list, a later one extends it. */
  function runFinder(key, page) {
    var f = finderOf(key);
    if (f.controller) f.controller.abort();
    var controller = new AbortController();
    f.controller = controller;
    f.loading = true;
    var q = f.query;
    fetchJson(entitiesApiUrl(key, q, page), controller.signal).then(function (body) {
      if (controller !== f.controller) return;
      var out = page > 1 && f.results ? f.results.slice() : [];
      var seen = Object.create(null);
      out.forEach(function (v) { seen[v.value] = true; });
      asArray(body.values).forEach(function (v) {
        if (!v || typeof v !== 'object' || v.value === undefined || v.value === null) return;
        var value = String(v.value);
        if (value === '' || seen[value]) return;
        seen[value] = true;
        var count = Number(v.count);
        out.push({ value: value, count: isFinite(count) ? count : 0 });
      });
      f.results = out;
      f.page = page;
      f.total = isFinite(Number(body.total)) ? Number(body.total) : out.length;
      f.error = null;
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== f.controller) return;
      f.results = null;
      f.error = err && err.message ? err.message : 'Unknown error.';
    }).then(function () {
      if (controller !== f.controller) return;
      f.controller = null;
      f.loading = false;
      updateFinderPanel(key);
    });
  }

  /**
   * Empties one facet's finder, so that the next render shows its list of values again; the panel
   * stays until then, keeping focus where it was for that render to move into the list.
   */
  function clearFinder(key) {
    var f = finderOf(key);
    clearTimeout(f.timer);
    if (f.controller) f.controller.abort();
    delete finders[key];
    var input = els.facetsBody.querySelector('input[data-finder="' + key + '"]');
    if (input) input.value = '';
  }

  /** Lists every value of a facet among the results, a page at a time. */
  function browseFacet(key) {
    var f = finderOf(key);
    f.browse = true;
    f.results = null;
    updateFinderPanel(key);
    runFinder(key, 1);
    // The button is hidden with the top values; the finder's box keeps focus in the facet.
    var input = els.facetsBody.querySelector('input[data-finder="' + key + '"]');
    if (input) input.focus();
  }

  /** Loads the finders in use again: their counts are those of the results, which just changed. */
  function refreshFinders() {
    Object.keys(finders).forEach(function (key) {
      var f = finders[key];
      if (!finderActive(key)) return;
      if (f.browse && !f.query && lastFacetsCut[key] !== true) {
        // The search's own list now holds every value: the full list is no longer needed.
        clearFinder(key);
        renderFacets(lastFacets);
        return;
      }
      runFinder(key, 1);
    });
  }

  function resetFinders() {
    Object.keys(finders).forEach(function (key) {
      var f = finders[key];
      clearTimeout(f.timer);
      if (f.controller) f.controller.abort();
    });
    finders = Object.create(null);
  }

  function toggleFacetMore(button) {
    var section = button.closest('.facet');
    if (!section) return;
    var key = section.getAttribute('data-facet');
    var expand = button.getAttribute('aria-expanded') !== 'true';
    expandedFacets[key] = expand;
    section.querySelectorAll('.facet-item.is-extra').forEach(function (li) { li.hidden = !expand; });
    button.setAttribute('aria-expanded', expand ? 'true' : 'false');
    button.textContent = expand ? 'Show fewer' : 'Show ' + button.getAttribute('data-hidden-count') + ' more';
  }

  function setFilter(facet, value, on) {
    var next = cloneState(state);
    var list = next.filters[facet];
    var idx = list.indexOf(value);
    if (on && idx === -1) list.push(value);
    if (!on && idx !== -1) list.splice(idx, 1);
    next.page = 1;
    next.doc = null;
    navigate(next);
  }

  function renderActiveFilters() {
    els.activeFilters.replaceChildren();
    if (!hasFilters(state)) {
      els.activeFilters.hidden = true;
      return;
    }
    els.activeFilters.hidden = false;
    els.activeFilters.appendChild(el('span', 'active-filters-label', 'Filtered by:'));
    var list = el('ul', 'chips');
    /** One removable chip; attrs say what the click removes (see onAction). */
    function addChip(label, shown, spoken, attrs) {
      var li = el('li');
      var chip = el('button', 'chip');
      chip.type = 'button';
      Object.keys(attrs).forEach(function (k) { chip.setAttribute(k, attrs[k]); });
      chip.setAttribute('aria-label', 'Remove filter ' + label + ': ' + spoken);
      chip.appendChild(el('span', 'chip-facet', label + ':'));
      chip.appendChild(el('span', 'chip-value', shown));
      var x = el('span', 'chip-x', '×');
      x.setAttribute('aria-hidden', 'true');
      chip.appendChild(x);
      li.appendChild(chip);
      list.appendChild(li);
    }
    FACET_KEYS.forEach(function (k) {
      state.filters[k].forEach(function (value) {
        addChip(FACET_LABELS[k], facetValueText(k, value), facetValueText(k, value),
          { 'data-action': 'remove-filter', 'data-facet': k, 'data-value': value });
      });
    });
    [['from', 'From'], ['to', 'To']].forEach(function (bound) {
      var value = state[bound[0]];
      if (value) addChip(bound[1], formatDate(value), value, { 'data-action': 'remove-date', 'data-bound': bound[0] });
    });
    els.activeFilters.appendChild(list);
    var clear = el('button', 'link-button', 'Clear all');
    clear.type = 'button';
    clear.setAttribute('data-action', 'clear-filters');
    els.activeFilters.appendChild(clear);
  }

  function clearFilters() {
    var next = cloneState(state);
    next.filters = emptyFilters();
    next.from = '';
    next.to = '';
    next.page = 1;
    next.doc = null;
    navigate(next);
  }

  /* ------------------------------------------------------------------ */
  /* Document view                                                        */
  /* ------------------------------------------------------------------ */

  function openDocument(id) {
    var next = cloneState(state);
    next.doc = id;
    lastOpenedDoc = id;
    navigate(next, { fromResults: true });
  }

  function backToResults() {
    if (history.state && history.state.fromResults) {
      history.back();
    } else {
      var next = cloneState(state);
      next.doc = null;
      navigate(next);
    }
  }

  function showDocumentView() {
    if (visibleDoc === null) resultsScrollY = window.scrollY;
    if (searchController) {
      searchController.abort();
      searchController = null;
      renderedSearchKey = null;
    }
    var id = state.doc;
    var changed = visibleDoc !== id;
    visibleDoc = id;
    document.body.classList.add('doc-open');
    els.resultsView.hidden = true;
    els.facets.hidden = true;
    els.documentView.hidden = false;
    hideError();
    if (changed) window.scrollTo(0, 0);

    var docUrl = documentApiUrl(id, state.q);
    if (loadedDocId === docUrl) {
      setLoading(false);
      refreshMentionLinks();
      var t = $('doc-title');
      updateTitle(t ? t.textContent : undefined);
      return;
    }

    if (docController) docController.abort();
    if (relatedController) { relatedController.abort(); relatedController = null; }
    var controller = new AbortController();
    docController = controller;
    loadedDocId = null;
    els.docContent.replaceChildren();
    updateTitle('Loading…');
    setLoading(true, 'Loading article…');

    fetchDocument(id, state.q, controller.signal).then(function (doc) {
      if (controller !== docController) return;
      loadedDocId = docUrl;
      renderDocument(doc);
      loadRelated(id);
      var title = $('doc-title');
      if (title) title.focus({ preventScroll: true });
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== docController) return;
      updateTitle('Article not available');
      showError(err && err.status === 404 ? 'Article not found.' : 'Could not load the article.',
        err && err.message ? err.message : 'Unknown error.');
      els.docContent.replaceChildren();
      var h = el('h1', 'doc-title', 'Article not available');
      h.id = 'doc-title';
      h.tabIndex = -1;
      els.docContent.appendChild(h);
    }).then(function () {
      if (controller === docController) {
        docController = null;
        setLoading(false);
      }
    });
  }

  /** The document with the query's hits; a query the server refuses still shows the article, without hits. */
  function fetchDocument(id, q, signal) {
    return fetchJson(documentApiUrl(id, q), signal).catch(function (err) {
      if (!q || !err || err.status !== 400) throw err;
      return fetchJson(documentApiUrl(id, ''), signal).then(function (doc) {
        doc.hits = null;
        return doc;
      });
    });
  }

  /** A metadata row; source (e.g. "text:byline") says where the value came from, in words. */
  function metaRow(dl, label, valueNode, source) {
    dl.appendChild(el('dt', null, label));
    var dd = el('dd');
    dd.appendChild(valueNode);
    if (isNonEmptyString(source)) {
      dd.appendChild(document.createTextNode(' '));
      dd.appendChild(provenanceTag(source));
    }
    dl.appendChild(dd);
  }

  function provenanceTag(source) {
    var tag = el('span', 'provenance', describeSource(source));
    tag.setAttribute('data-source', source);
    return tag;
  }

  function renderDocument(doc) {
    var c = els.docContent;
    c.replaceChildren();

    var hasTitle = isNonEmptyString(doc.title);
    var h = el('h1', 'doc-title' + (hasTitle ? '' : ' is-untitled'), hasTitle ? doc.title : 'Untitled article');
    h.id = 'doc-title';
    h.dir = 'auto';
    h.tabIndex = -1;
    c.appendChild(h);
    updateTitle(hasTitle ? doc.title : 'Untitled article');

    var prov = doc.provenance && typeof doc.provenance === 'object' && !Array.isArray(doc.provenance) ? doc.provenance : {};
    var source = function (field) { return typeof prov[field] === 'string' ? prov[field] : null; };
    var dl = el('dl', 'doc-meta');
    if (hasTitle && source('title')) {
      var titleFrom = el('p', 'doc-title-source', 'Title ' + describeSource(source('title')));
      titleFrom.setAttribute('data-source', source('title'));
      c.appendChild(titleFrom);
    }
    var authors = asArray(doc.authors).filter(isNonEmptyString);
    if (authors.length) metaRow(dl, authors.length === 1 ? 'Author' : 'Authors', el('span', 'doc-authors', authors.join(', ')), source('authors'));
    metaRow(dl, 'Date', isNonEmptyString(doc.date) ? dateElement(doc.date, 'doc-date') : el('span', 'doc-undated', 'Undated'), source('date'));
    if (isNonEmptyString(doc.publisher)) metaRow(dl, 'Publisher', el('span', 'doc-publisher', doc.publisher), source('publisher'));
    if (isNonEmptyString(doc.language)) metaRow(dl, 'Language', el('span', 'doc-language', languageName(doc.language)));
    var originalPage = originalLink(doc.url, 'doc-original', doc.url);
    if (originalPage) metaRow(dl, 'Original', originalPage, source('url'));
    if (isNonEmptyString(doc.language)) metaRow(dl, 'Language', el('span', 'doc-language', doc.language));
    var textSource = describeTextSource(source('text'), source('ocr-problems'));
    if (textSource) metaRow(dl, 'Text', el('span', 'doc-text-source', textSource));
    c.appendChild(dl);
    var container = renderContainer(doc.container);
    if (container) c.appendChild(container);
    var members = renderMembers(asArray(doc.members));
    if (members) c.appendChild(members);
    // Where the file lies and its format matter to whoever runs the index, not to a reader.
    var fileDl = el('dl', 'doc-meta');
    if (isNonEmptyString(doc.contentType)) metaRow(fileDl, 'Content type', el('span', 'doc-content-type', doc.contentType));
    if (isNonEmptyString(doc.path)) metaRow(fileDl, 'Path', el('code', 'doc-path', doc.path));
    if (fileDl.childNodes.length) {
      var file = el('details', 'doc-file');
      file.appendChild(el('summary', null, 'File details'));
      file.appendChild(fileDl);
      c.appendChild(file);
    }

    // Near the top: which outlet printed the story first is part of what the article is.
    var copies = asArray(doc.copies).filter(function (c) { return c && typeof c === 'object'; });
    if (copies.length) {
      var copiesSection = el('section', 'doc-copies');
      copiesSection.setAttribute('aria-labelledby', 'copies-heading');
      var copiesHeading = el('h2', 'doc-section-title', 'Copies of this story');
      copiesHeading.id = 'copies-heading';
      copiesSection.appendChild(copiesHeading);
      copiesSection.appendChild(renderCopyList(copies, String(doc.id)));
      c.appendChild(copiesSection);
    }

    var entities = renderEntities(asArray(doc.entities));
    if (entities) c.appendChild(entities);

    var textSection = el('section', 'doc-body');
    textSection.setAttribute('aria-labelledby', 'doc-text-heading');
    var textHeading = el('h2', 'doc-section-title', 'Full text');
    textHeading.id = 'doc-text-heading';
    textSection.appendChild(textHeading);
    var text = typeof doc.text === 'string' ? doc.text : '';
    var hits = Array.isArray(doc.hits) ? collectHits(doc.hits, text) : null;
    hitNav = { count: hits ? hits.length : 0, current: -1 };
    if (text.trim()) {
      var spans = collectMentions(asArray(doc.entities), text);
      var toggles = renderMentionToggles(spans);
      if (toggles) textSection.appendChild(toggles);
      if (hits && state.q) textSection.appendChild(renderHitNav(hits.length));
      if (hits && state.q) appendHitList(textSection, hitContexts(doc));
      textSection.appendChild(renderDocText(text, spans, hits || []));
    } else {
      textSection.appendChild(el('p', 'doc-empty-text', 'This article has no text.'));
    }
    c.appendChild(textSection);
    applyMentionMarks();

    var related = el('section', 'doc-related');
    related.id = 'related';
    related.setAttribute('aria-labelledby', 'related-heading');
    related.hidden = true;
    c.appendChild(related);
  }

  var CONTAINER_RELATION = { attachment: 'Attached to', archive: 'In archive', message: 'In mailbox' };

  /** "Attached to …", "In archive …": a link to the e-mail or archive the article was found in. */
  function renderContainer(container) {
    if (!container || typeof container !== 'object' || !isNonEmptyString(container.id)) return null;
    var p = el('p', 'doc-container', (CONTAINER_RELATION[container.relation] || 'Found in') + ' ');
    p.appendChild(docLink(container.id, isNonEmptyString(container.title) ? container.title : String(container.path), 'doc-link'));
    return p;
  }

  /** What an e-mail or archive holds, each member a link to its own article. */
  function renderMembers(members) {
    members = members.filter(function (m) { return m && isNonEmptyString(m.id) && isNonEmptyString(m.name); });
    if (!members.length) return null;
    var section = el('section', 'doc-members');
    section.setAttribute('aria-labelledby', 'doc-members-heading');
    var heading = el('h2', 'doc-section-title', 'Holds ' + formatNumber(members.length) + ' ' + plural(members.length, 'document', 'documents'));
    heading.id = 'doc-members-heading';
    section.appendChild(heading);
    var list = el('ul', 'doc-member-list');
    members.forEach(function (m) {
      var li = el('li');
      li.appendChild(docLink(m.id, m.name, 'doc-link'));
      list.appendChild(li);
    });
    section.appendChild(list);
    return section;
  }

  /** A link that opens another article in the document view. */
  function docLink(id, text, className) {
    var a = el('a', className, text);
    var target = cloneState(state);
    target.doc = String(id);
    a.href = stateUrl(target);
    a.setAttribute('data-id', String(id));
    return a;
  }

  /* ---------- Query hits in the full text ---------- */

  /** The query's matches as sorted, clamped, non-overlapping [start, end) spans. */
  function collectHits(raw, text) {
    var len = text.length;
    var out = [];
    raw.forEach(function (m) {
      if (!Array.isArray(m) || m.length < 2) return;
      var start = Math.min(len, Math.max(0, Math.floor(Number(m[0]))));
      var end = Math.min(len, Math.max(0, Math.ceil(Number(m[1]))));
      if (isFinite(start) && isFinite(end) && end > start) out.push({ start: start, end: end });
    });
    out.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var merged = [];
    out.forEach(function (h) {
      var last = merged[merged.length - 1];
      if (last && h.start < last.end) last.end = Math.max(last.end, h.end); else merged.push(h);
    });
    return merged;
  }

  function renderHitNav(count) {
    var bar = el('div', 'hit-nav');
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Matches of the search in the text');
    var prev = el('button', 'btn btn-small hit-prev', '\u2039 Previous hit');
    prev.type = 'button';
    prev.id = 'hit-prev';
    prev.setAttribute('aria-keyshortcuts', 'p');
    var counter = el('span', 'hit-counter');
    counter.id = 'hit-counter';
    counter.setAttribute('aria-live', 'polite');
    counter.textContent = count
      ? formatNumber(count) + ' ' + plural(count, 'hit', 'hits') + ' for ' + quoted(state.q)
      : 'No hits for ' + quoted(state.q) + ' in the text';
    var next = el('button', 'btn btn-small hit-next', 'Next hit \u203a');
    next.type = 'button';
    next.id = 'hit-next';
    next.setAttribute('aria-keyshortcuts', 'n');
    prev.disabled = next.disabled = count === 0;
    bar.appendChild(prev);
    bar.appendChild(counter);
    bar.appendChild(next);
    return bar;
  }

  /** Every hit with its context, each a button that marks and scrolls to that hit. */
  function appendHitList(section, contexts) {
    if (!contexts.length) return;
    var list = el('details', 'doc-hit-list');
    list.appendChild(el('summary', null, 'All ' + formatNumber(contexts.length) + ' ' +
      plural(contexts.length, 'hit', 'hits') + ' in context'));
    var ol = el('ol', 'kwic-lines');
    contexts.forEach(function (c, i) {
      var button = el('button', 'kwic-line doc-hit-line');
      button.type = 'button';
      button.setAttribute('data-hit', String(i));
      var left = el('span', 'kwic-left');
      left.appendChild(el('span', null, c.left));
      button.appendChild(left);
      button.appendChild(el('mark', 'kwic-match', c.match));
      button.appendChild(el('span', 'kwic-right', c.right));
      var li = el('li');
      li.appendChild(button);
      ol.appendChild(li);
    });
    list.appendChild(ol);
    section.appendChild(list);
  }

  /** Moves to the next (delta 1) or previous (-1) hit, wrapping round; marks and scrolls to it. */
  function stepHit(delta) {
    var n = hitNav.count;
    if (!n) return;
    var cur = hitNav.current;
    cur = cur < 0 ? (delta > 0 ? 0 : n - 1) : (cur + delta + n) % n;
    hitNav.current = cur;
    els.docContent.querySelectorAll('mark.doc-hit.is-current').forEach(function (m) {
      m.classList.remove('is-current');
    });
    var pieces = els.docContent.querySelectorAll('mark.doc-hit[data-hit="' + cur + '"]');
    pieces.forEach(function (m) { m.classList.add('is-current'); });
    if (pieces.length) pieces[0].scrollIntoView({ block: 'center' });
    var counter = $('hit-counter');
    if (counter) counter.textContent = 'Hit ' + (cur + 1) + ' of ' + formatNumber(n);
  }

  /* ---------- More like this ---------- */

  function loadRelated(id) {
    var section = $('related');
    if (!section) return;
    var controller = new AbortController();
    relatedController = controller;
    fetchJson(relatedApiUrl(id), controller.signal).then(function (body) {
      if (controller !== relatedController) return;
      renderRelated(section, asArray(body.hits).filter(function (h) {
        return h && typeof h === 'object' && h.id !== undefined && h.id !== null && String(h.id) !== id;
      }));
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== relatedController) return;
      section.replaceChildren();
      section.hidden = true;
    }).then(function () {
      if (controller === relatedController) relatedController = null;
    });
  }

  function renderRelated(section, hits) {
    section.replaceChildren();
    var heading = el('h2', 'doc-section-title', 'More like this');
    heading.id = 'related-heading';
    section.appendChild(heading);
    if (!hits.length) {
      section.appendChild(el('p', 'hint', 'No similar articles.'));
    } else {
      var list = el('ul', 'related-list');
      hits.forEach(function (hit) {
        var li = el('li', 'related-item');
        var title = isNonEmptyString(hit.title) ? hit.title : 'Untitled article';
        li.appendChild(docLink(hit.id, title, 'related-title'));
        var meta = [];
        var authors = asArray(hit.authors).filter(isNonEmptyString);
        if (authors.length) meta.push(authors.join(', '));
        if (isNonEmptyString(hit.date)) meta.push(formatDate(hit.date));
        if (meta.length) li.appendChild(el('span', 'related-meta', meta.join(' \u00b7 ')));
        list.appendChild(li);
      });
      section.appendChild(list);
    }
    section.hidden = false;
  }

  function renderEntities(entities) {
    var groups = Object.create(null);
    var order = [];
    entities.forEach(function (e) {
      if (!e || typeof e !== 'object' || !isNonEmptyString(e.name)) return;
      var type = isNonEmptyString(e.type) ? e.type.trim().toUpperCase() : 'OTHER';
      if (!groups[type]) { groups[type] = []; order.push(type); }
      groups[type].push(e);
    });
    if (!order.length) return null;

    var rank = function (type) {
      var facet = ENTITY_FACET[type];
      var i = facet ? FACET_KEYS.indexOf(facet) : -1;
      return i === -1 ? 100 : i;
    };
    order.sort(function (a, b) { return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0); });

    var section = el('section', 'doc-entities');
    section.setAttribute('aria-labelledby', 'doc-entities-heading');
    var heading = el('h2', 'doc-section-title', 'Mentioned in this article');
    heading.id = 'doc-entities-heading';
    section.appendChild(heading);
    section.appendChild(el('p', 'hint', 'Select a name to show all articles that mention it.'));

    order.forEach(function (type) {
      var facet = ENTITY_FACET[type] || null;
      var group = el('div', 'entity-group');
      group.setAttribute('data-type', type);
      var label = facet ? ENTITY_GROUP_LABELS[facet]
        : type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' ');
      var gh = el('h3', 'entity-group-title', label);
      group.appendChild(gh);
      var list = el('ul', 'entity-list');
      var items = groups[type];
      var expanded = !!expandedEntityGroups[type];
      items.forEach(function (e, i) {
        var li = el('li', 'entity-item');
        if (i >= ENTITY_VISIBLE) {
          li.classList.add('is-extra');
          li.hidden = !expanded;
        }
        var node;
        if (facet) {
          node = el('button', 'entity entity-' + facet);
          node.type = 'button';
          node.setAttribute('data-facet', facet);
          node.setAttribute('data-value', e.name);
          node.title = 'Show articles mentioning this ' + FACET_LABELS[facet].toLowerCase();
        } else {
          node = el('span', 'entity is-static');
        }
        node.setAttribute('data-type', type);
        node.appendChild(el('span', 'entity-name', e.name));
        var n = Number(e.count);
        if (isFinite(n) && n > 0) {
          var count = el('span', 'entity-count');
          count.appendChild(el('span', 'sr-only', ', mentioned '));
          count.appendChild(document.createTextNode(formatNumber(n)));
          count.appendChild(el('span', 'sr-only', plural(n, ' time', ' times')));
          node.appendChild(count);
        }
        li.appendChild(node);
        list.appendChild(li);
      });
      group.appendChild(list);
      if (items.length > ENTITY_VISIBLE) {
        var more = el('button', 'facet-more entity-more');
        more.type = 'button';
        more.setAttribute('aria-expanded', expanded ? 'true' : 'false');
        more.setAttribute('data-hidden-count', String(items.length - ENTITY_VISIBLE));
        more.setAttribute('data-type', type);
        more.textContent = expanded ? 'Show fewer' : 'Show ' + (items.length - ENTITY_VISIBLE) + ' more';
        group.appendChild(more);
      }
      section.appendChild(group);
    });
    return section;
  }

  function toggleEntityMore(button) {
    var group = button.closest('.entity-group');
    if (!group) return;
    var expand = button.getAttribute('aria-expanded') !== 'true';
    expandedEntityGroups[button.getAttribute('data-type')] = expand;
    group.querySelectorAll('.entity-item.is-extra').forEach(function (li) { li.hidden = !expand; });
    button.setAttribute('aria-expanded', expand ? 'true' : 'false');
    button.textContent = expand ? 'Show fewer' : 'Show ' + button.getAttribute('data-hidden-count') + ' more';
  }

  function addEntityFilter(facet, value) {
    navigate(withFilter(state, facet, value), { focusResults: true });
  }

  /* ---------- Entity mentions in the full text ---------- */

  function isHighSurrogate(code) { return code >= 0xD800 && code <= 0xDBFF; }
  function isLowSurrogate(code) { return code >= 0xDC00 && code <= 0xDFFF; }

  /**
   * Mention spans of the person / organization / location entities, clamped to the text,
   * widened so that they never split a surrogate pair, sorted, and without overlaps
   * (at the same start the longer span wins; any span overlapping an earlier one is skipped).
   */
  function collectMentions(entities, text) {
    var len = text.length;
    var spans = [];
    entities.forEach(function (e) {
      if (!e || typeof e !== 'object' || !isNonEmptyString(e.name)) return;
      var facet = ENTITY_FACET[isNonEmptyString(e.type) ? e.type.trim().toUpperCase() : ''];
      if (!facet || MENTION_FACETS.indexOf(facet) === -1) return;
      asArray(e.mentions).forEach(function (m) {
        if (!Array.isArray(m) || m.length < 2) return;
        var start = Number(m[0]);
        var end = Number(m[1]);
        if (!isFinite(start) || !isFinite(end)) return;
        start = Math.min(len, Math.max(0, Math.floor(start)));
        end = Math.min(len, Math.max(0, Math.ceil(end)));
        if (start > 0 && start < len && isLowSurrogate(text.charCodeAt(start)) &&
            isHighSurrogate(text.charCodeAt(start - 1))) start--;
        if (end > 0 && end < len && isLowSurrogate(text.charCodeAt(end)) &&
            isHighSurrogate(text.charCodeAt(end - 1))) end++;
        if (end <= start) return;
        spans.push({ start: start, end: end, facet: facet, name: e.name });
      });
    });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var out = [];
    var lastEnd = 0;
    spans.forEach(function (span) {
      if (span.start < lastEnd) return;
      out.push(span);
      lastEnd = span.end;
    });
    return out;
  }

  function mentionTitle(facet, name) {
    return FACET_LABELS[facet] + ': ' + name;
  }

  /**
   * Appends text[from, to) to parent, with the query hits in it as <mark class="doc-hit" data-hit=i>
   * (a hit that crosses a mention's edge becomes two marks with the same index).
   */
  function appendWithHits(parent, text, from, to, hits) {
    var pos = from;
    for (var i = 0; i < hits.length && pos < to; i++) {
      var h = hits[i];
      if (h.end <= pos || h.start >= to) continue;
      var start = Math.max(h.start, pos);
      var end = Math.min(h.end, to);
      if (start > pos) parent.appendChild(document.createTextNode(text.slice(pos, start)));
      var mark = el('mark', 'doc-hit', text.slice(start, end));
      mark.setAttribute('data-hit', String(i));
      parent.appendChild(mark);
      pos = end;
    }
    if (pos < to) parent.appendChild(document.createTextNode(text.slice(pos, to)));
  }

  /** The document text with a link per mention and a mark per hit; line breaks kept by CSS (pre-wrap). */
  function renderDocText(text, spans, hits) {
    var div = el('div', 'doc-text');
    div.dir = 'auto';
    var pos = 0;
    spans.forEach(function (span) {
      if (span.start > pos) appendWithHits(div, text, pos, span.start, hits);
      var surface = text.slice(span.start, span.end);
      var a = el('a', 'mention mention-' + span.facet);
      appendWithHits(a, text, span.start, span.end, hits);
      a.title = mentionTitle(span.facet, span.name);
      a.setAttribute('data-facet', span.facet);
      a.setAttribute('data-value', span.name);
      var spoken = surface.trim() === span.name
        ? surface + ' (' + FACET_LABELS[span.facet].toLowerCase() + ')'
        : surface + ' (' + FACET_LABELS[span.facet].toLowerCase() + ': ' + span.name + ')';
      a.setAttribute('data-label', spoken);
      div.appendChild(a);
      pos = span.end;
    });
    if (pos < text.length) appendWithHits(div, text, pos, text.length, hits);
    return div;
  }

  /**
   * One toggle per entity type that occurs, off at first: marking every mention of every name
   * makes an article hard to read. The choice holds for the next articles opened.
   */
  function renderMentionToggles(spans) {
    var present = MENTION_FACETS.filter(function (facet) {
      return spans.some(function (s) { return s.facet === facet; });
    });
    if (!present.length) return null;
    var box = el('div', 'mention-legend');
    box.id = 'mention-legend';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-labelledby', 'mention-legend-label');
    var label = el('span', 'mention-legend-label', 'Mark in the text:');
    label.id = 'mention-legend-label';
    box.appendChild(label);
    var list = el('ul', 'mention-legend-list');
    present.forEach(function (facet) {
      var li = el('li', 'mention-legend-item');
      var toggle = el('button', 'mention-toggle mention-' + facet, ENTITY_GROUP_LABELS[facet]);
      toggle.type = 'button';
      toggle.setAttribute('data-facet', facet);
      toggle.setAttribute('aria-pressed', markedMentions[facet] ? 'true' : 'false');
      li.appendChild(toggle);
      list.appendChild(li);
    });
    box.appendChild(list);
    box.appendChild(el('span', 'mention-legend-hint', 'A marked name shows all articles that mention it.'));
    return box;
  }

  /** Marked mentions are links; unmarked ones are plain text: no link, no tab stop, no colour. */
  function applyMentionMarks() {
    els.docContent.querySelectorAll('a.mention[data-facet]').forEach(function (a) {
      var facet = a.getAttribute('data-facet');
      if (markedMentions[facet] && FACET_KEYS.indexOf(facet) !== -1) {
        a.href = stateUrl(withFilter(state, facet, a.getAttribute('data-value')));
        a.setAttribute('aria-label', a.getAttribute('data-label'));
      } else {
        a.removeAttribute('href');
        a.removeAttribute('aria-label');
      }
    });
    els.docContent.querySelectorAll('button.mention-toggle').forEach(function (b) {
      b.setAttribute('aria-pressed', markedMentions[b.getAttribute('data-facet')] ? 'true' : 'false');
    });
  }

  /** Mention links are built for the state at render time; bring them up to date when a cached document is shown again. */
  function refreshMentionLinks() {
    applyMentionMarks();
  }

  function focusHitLink(id) {
    if (!id) return;
    var links = els.results.querySelectorAll('.hit-title[data-id]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute('data-id') === id) {
        links[i].focus({ preventScroll: true });
        return;
      }
    }
  }

  /* ------------------------------------------------------------------ */
  /* Autocomplete                                                         */
  /* ------------------------------------------------------------------ */

  function onSuggestInput() {
    clearTimeout(suggest.timer);
    var prefix = els.q.value.trim();
    if (prefix.length < SUGGEST_MIN_CHARS) {
      closeSuggestions();
      return;
    }
    suggest.timer = setTimeout(function () {
      suggest.timer = null;
      fetchSuggestions(prefix);
    }, SUGGEST_DEBOUNCE_MS);
  }

  function fetchSuggestions(prefix) {
    if (suggest.controller) suggest.controller.abort();
    var controller = new AbortController();
    suggest.controller = controller;
    fetchJson(suggestApiUrl(prefix), controller.signal).then(function (body) {
      if (controller !== suggest.controller) return;
      // The answer is for what is still typed, or it is stale.
      if (els.q.value.trim() !== prefix || document.activeElement !== els.q) return;
      var seen = Object.create(null);
      renderSuggestions(asArray(body.suggestions).filter(function (x) {
        if (!x || typeof x !== 'object' || !isNonEmptyString(x.text)) return false;
        var key = x.field + '\u0000' + x.text;
        if (seen[key]) return false;
        seen[key] = true;
        return true;
      }));
    }).catch(function (err) {
      if ((err && err.name === 'AbortError') || controller !== suggest.controller) return;
      // Suggestions are a convenience: a failure closes the list and typing goes on.
      closeSuggestions();
    }).then(function () {
      if (controller === suggest.controller) suggest.controller = null;
    });
  }

  function renderSuggestions(items) {
    els.suggestions.replaceChildren();
    suggest.items = items;
    suggest.active = -1;
    els.q.removeAttribute('aria-activedescendant');
    if (!items.length) {
      closeSuggestions();
      return;
    }
    items.forEach(function (item, i) {
      var li = el('li', 'suggestion');
      li.id = 'suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-index', String(i));
      li.setAttribute('data-field', String(item.field));
      li.appendChild(el('span', 'suggestion-text', item.text));
      var field = item.field === 'title' ? 'Title'
        : (Object.prototype.hasOwnProperty.call(FACET_LABELS, item.field) ? FACET_LABELS[item.field] : null);
      if (field) li.appendChild(el('span', 'suggestion-field', field));
      els.suggestions.appendChild(li);
    });
    els.suggestions.hidden = false;
    els.q.setAttribute('aria-expanded', 'true');
  }

  function setActiveSuggestion(i) {
    suggest.active = i;
    els.suggestions.querySelectorAll('[role=option]').forEach(function (li, j) {
      li.setAttribute('aria-selected', j === i ? 'true' : 'false');
      li.classList.toggle('is-active', j === i);
      if (j === i) li.scrollIntoView({ block: 'nearest' });
    });
    if (i >= 0) els.q.setAttribute('aria-activedescendant', 'suggestion-' + i);
    else els.q.removeAttribute('aria-activedescendant');
  }

  function closeSuggestions() {
    clearTimeout(suggest.timer);
    suggest.timer = null;
    if (suggest.controller) { suggest.controller.abort(); suggest.controller = null; }
    suggest.items = [];
    suggest.active = -1;
    els.suggestions.hidden = true;
    els.suggestions.replaceChildren();
    els.q.setAttribute('aria-expanded', 'false');
    els.q.removeAttribute('aria-activedescendant');
  }

  function suggestionsOpen() {
    return !els.suggestions.hidden && suggest.items.length > 0;
  }

  /**
   * Picking a name (author, person, organization, location) ticks it as a filter in place of the
   * typed text; picking a title searches for that title.
   */
  function pickSuggestion(i) {
    var item = suggest.items[i];
    if (!item) return;
    closeSuggestions();
    clearTimeout(debounceTimer);
    debounceTimer = null;
    var next = cloneState(state);
    next.page = 1;
    next.doc = null;
    if (FACET_KEYS.indexOf(item.field) !== -1 && item.field !== 'year') {
      next.q = '';
      if (next.filters[item.field].indexOf(item.text) === -1) next.filters[item.field].push(item.text);
    } else {
      next.q = 'title:"' + item.text.replace(/["\\]/g, ' ').trim() + '"';
    }
    els.q.value = next.q;
    navigate(next, { force: true });
  }

  /* ------------------------------------------------------------------ */
  /* Event wiring                                                         */
  /* ------------------------------------------------------------------ */

  function commitQuery(value, typing, force) {
    var q = value.trim();
    if (q === state.q && !force) return;
    var next = cloneState(state);
    next.q = q;
    next.page = 1;
    next.doc = null;
    next.typing = !!typing;
    var replace = typing && !state.doc && !!(history.state && history.state.typing);
    navigate(next, { typing: typing, replace: replace, force: force });
  }

  els.q.addEventListener('input', function () {
    onSuggestInput();
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(function () {
      debounceTimer = null;
      commitQuery(els.q.value, true, false);
    }, DEBOUNCE_MS);
  });

  els.q.addEventListener('keydown', function (e) {
    var open = suggestionsOpen();
    var n = suggest.items.length;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActiveSuggestion((suggest.active + 1) % n);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActiveSuggestion(suggest.active <= 0 ? n - 1 : suggest.active - 1);
    } else if (e.key === 'Enter' && open && suggest.active >= 0) {
      e.preventDefault();
      pickSuggestion(suggest.active);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only; a second Escape clears the box as usual.
      e.preventDefault();
      e.stopPropagation();
      closeSuggestions();
    }
  });

  els.q.addEventListener('blur', closeSuggestions);

  // Mouse picks keep the focus in the box (so the list is not closed by blur first).
  els.suggestions.addEventListener('mousedown', function (e) { e.preventDefault(); });
  els.suggestions.addEventListener('click', function (e) {
    var li = e.target.closest('[role=option][data-index]');
    if (li) pickSuggestion(parseInt(li.getAttribute('data-index'), 10));
  });

  els.form.addEventListener('submit', function (e) {
    e.preventDefault();
    closeSuggestions();
    clearTimeout(debounceTimer);
    debounceTimer = null;
    commitQuery(els.q.value, false, true);
  });

  els.sort.addEventListener('change', function () {
    var next = cloneState(state);
    next.sort = SORTS.indexOf(els.sort.value) !== -1 ? els.sort.value : 'relevance';
    next.page = 1;
    next.doc = null;
    navigate(next);
  });

  els.home.addEventListener('click', function (e) {
    if (!isPlainLeftClick(e)) return;
    e.preventDefault();
    clearTimeout(debounceTimer);
    resetFinders();
    var next = parseState('');
    navigate(next);
    els.q.focus();
  });

  els.facetsBody.addEventListener('change', function (e) {
    var box = e.target;
    if (!box.matches || !box.matches('input[type=checkbox][data-facet]')) return;
    var key = box.getAttribute('data-facet');
    // The value found is now a filter: the finder's text would keep hiding the other ticked ones.
    if (box.closest('.facet-find-results')) clearFinder(key);
    setFilter(key, box.value, box.checked);
  });

  els.facetsBody.addEventListener('input', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('input[data-finder]')) return;
    var key = input.getAttribute('data-finder');
    if (FINDER_FACETS[key]) onFinderInput(key, input.value);
  });

  els.facetsBody.addEventListener('keydown', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('input[data-finder]')) return;
    var key = input.getAttribute('data-finder');
    if (!FINDER_FACETS[key]) return;
    if (e.key === 'Escape' && input.value !== '') {
      e.preventDefault();
      input.value = '';
      onFinderInput(key, '');
    } else if (e.key === 'Enter') {
      // Enter runs the search at once instead of waiting for the pause.
      e.preventDefault();
      var f = finderOf(key);
      if (f.timer) {
        clearTimeout(f.timer);
        f.timer = null;
        runFinder(key, 1);
      }
    }
  });

  els.facetsBody.addEventListener('click', function (e) {
    var more = e.target.closest('.facet-more');
    if (more) toggleFacetMore(more);
    var section = e.target.closest('.facet');
    var facetKey = section ? section.getAttribute('data-facet') : null;
    if (e.target.closest('.facet-all')) browseFacet(facetKey);
    if (e.target.closest('.facet-page-more')) runFinder(facetKey, finderOf(facetKey).page + 1);
    if (e.target.closest('.facet-browse-close')) {
      clearFinder(facetKey);
      renderFacets(lastFacets);
      var all = els.facetsBody.querySelector('.facet[data-facet="' + facetKey + '"] .facet-all');
      if (all) all.focus();
    }
    var withButton = e.target.closest('button.facet-with');
    if (withButton) setWith({ type: withButton.getAttribute('data-facet'), value: withButton.getAttribute('data-value') });
  });

  /**
   * On a narrow screen the filters open as a sheet over the page; ticking keeps it open and
   * "Show N results" closes it onto the top of the results.
   */
  function setFiltersOpen(open) {
    els.facets.classList.toggle('is-open', open);
    document.body.classList.toggle('filters-open', open);
    els.filtersToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    syncControls();
  }

  els.filtersToggle.addEventListener('click', function () {
    setFiltersOpen(!els.facets.classList.contains('is-open'));
  });

  els.filtersDone.addEventListener('click', function () {
    setFiltersOpen(false);
    els.resultsView.scrollIntoView({ block: 'start' });
    els.resultsHeading.focus({ preventScroll: true });
  });

  els.facets.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !els.facets.classList.contains('is-open') || e.defaultPrevented) return;
    // Escape in a finder with text clears the text first (see the facets' own keydown).
    if ((e.target.type === 'search' || e.target.type === 'text') && e.target.value) return;
    e.preventDefault();
    setFiltersOpen(false);
    els.filtersToggle.focus();
  });

  els.results.addEventListener('click', function (e) {
    var link = e.target.closest('a.hit-title[data-id], a.copy-title[data-id]');
    if (!link || !isPlainLeftClick(e)) return;
    e.preventDefault();
    openDocument(link.getAttribute('data-id'));
  });

  els.pager.addEventListener('submit', function (e) {
    var form = e.target.closest('form.pager-jump');
    if (!form) return;
    e.preventDefault();
    var input = form.querySelector('.pager-jump-input');
    var error = form.querySelector('.pager-jump-error');
    var last = parseInt(form.getAttribute('data-last'), 10);
    var raw = input.value.trim();
    var page = /^\d+$/.test(raw) ? parseInt(raw, 10) : NaN;
    if (!(page >= 1 && page <= last)) {
      error.textContent = 'Pages go from 1 to ' + formatNumber(last) + '.';
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      input.focus();
      return;
    }
    if (page === state.page) return;
    var next = cloneState(state);
    next.page = page;
    next.doc = null;
    navigate(next, { focusResults: true });
  });

  CONCORDANCE_ORDERS.forEach(function (o) {
    var option = el('option', null, o[1]);
    option.value = o[0];
    $('kwic-order').appendChild(option);
  });
  $('kwic-toggle').addEventListener('click', function () {
    var pressed = this.getAttribute('aria-pressed') !== 'true';
    this.setAttribute('aria-pressed', String(pressed));
    updateConcordance();
  });
  $('kwic-order').addEventListener('change', updateConcordance);
  $('kwic-lines').addEventListener('click', function (e) {
    var link = e.target.closest('a.kwic-article[data-id]');
    if (!link || !isPlainLeftClick(e)) return;
    e.preventDefault();
    openDocument(link.getAttribute('data-id'));
  });
  els.docContent.addEventListener('click', function (e) {
    var line = e.target.closest('button.doc-hit-line[data-hit]');
    if (!line) return;
    // Step onto the hit before it, so that the Next hit path marks, scrolls and counts alike.
    hitNav.current = parseInt(line.getAttribute('data-hit'), 10) - 1;
    stepHit(1);
  });

  els.pager.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-page]');
    if (!link || !isPlainLeftClick(e)) return;
    e.preventDefault();
    var page = parseInt(link.getAttribute('data-page'), 10);
    if (!(page >= 1) || page === state.page) return;
    var next = cloneState(state);
    next.page = page;
    next.doc = null;
    navigate(next, { focusResults: true });
  });

  function onAction(e) {
    var btn = e.target.closest('[data-action]');
    if (!btn) return;
    var action = btn.getAttribute('data-action');
    if (action === 'clear-filters') {
      clearFilters();
    } else if (action === 'remove-filter') {
      setFilter(btn.getAttribute('data-facet'), btn.getAttribute('data-value'), false);
    } else if (action === 'remove-date') {
      var bounded = cloneState(state);
      bounded[btn.getAttribute('data-bound') === 'from' ? 'from' : 'to'] = '';
      bounded.page = 1;
      navigate(bounded);
    } else if (action === 'first-page') {
      var next = cloneState(state);
      next.page = 1;
      navigate(next, { focusResults: true });
    }
  }
  els.activeFilters.addEventListener('click', onAction);
  els.empty.addEventListener('click', onAction);

  els.queryNotes.addEventListener('click', function (e) {
    var author = e.target.closest('a.author-hint-link[data-author]');
    if (author && isPlainLeftClick(e)) {
      e.preventDefault();
      navigate(withFilter(state, 'author', author.getAttribute('data-author')), { focusResults: true });
      return;
    }
    var link = e.target.closest('a.did-you-mean-link[data-query]');
    if (!link || !isPlainLeftClick(e)) return;
    e.preventDefault();
    commitQuery(link.getAttribute('data-query'), false, true);
  });

  els.histogram.addEventListener('click', function (e) {
    var bar = e.target.closest('g.bar[data-key]');
    if (bar) toggleBar(bar);
  });

  [els.countArticles, els.countMentions].forEach(function (button) {
    button.addEventListener('click', function () {
      var next = cloneState(state);
      next.chart = button === els.countMentions ? 'mentions' : '';
      navigate(next, { replace: true });
    });
  });

  els.mentionsAuthor.addEventListener('change', function () {
    var next = cloneState(state);
    next.by = els.mentionsAuthor.value;
    navigate(next, { replace: true });
  });

  els.histogram.addEventListener('keydown', function (e) {
    var bar = e.target.closest('g.bar[data-key]');
    if (!bar) return;
    var bars = Array.prototype.slice.call(els.histogram.querySelectorAll('g.bar[data-key]'));
    var i = bars.indexOf(bar);
    var to = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: bars.length - 1 }[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggleBar(bar);
    } else if (to !== undefined) {
      e.preventDefault();
      focusBar(bars[Math.max(0, Math.min(bars.length - 1, to))]);
    }
  });

  /**
   * Checks from and to together and applies both, or neither: a wrong or reversed pair is named
   * next to the fields, nothing is searched, and the message says what the results still show.
   */
  function applyDates() {
    var checked = checkDateRange(els.from.value, els.to.value);
    if (checked.error) {
      els.from.setAttribute('aria-invalid', checked.fields.indexOf('from') !== -1 ? 'true' : 'false');
      els.to.setAttribute('aria-invalid', checked.fields.indexOf('to') !== -1 ? 'true' : 'false');
      setDateError(checked.error + ' ' + appliedDatesText());
      return;
    }
    setDateError(null);
    if (checked.from === state.from && checked.to === state.to) return;
    var next = cloneState(state);
    next.from = checked.from;
    next.to = checked.to;
    next.page = 1;
    next.doc = null;
    navigate(next);
  }

  /** What the results are filtered by while the typed dates are refused. */
  function appliedDatesText() {
    if (!state.from && !state.to) return 'The results are not filtered by date.';
    return 'The results still show ' + (state.from && state.to ? state.from + ' to ' + state.to
      : state.from ? 'from ' + state.from : 'up to ' + state.to) + '.';
  }

  function setDateError(message) {
    els.dateError.textContent = message || '';
    els.dateError.hidden = !message;
    if (!message) {
      els.from.removeAttribute('aria-invalid');
      els.to.removeAttribute('aria-invalid');
    }
  }

  els.dateRange.addEventListener('submit', function (e) {
    e.preventDefault();
    applyDates();
  });
  // Both dates apply together once focus leaves the pair, so tabbing from From to To searches nothing yet.
  els.dateRange.addEventListener('focusout', function (e) {
    if (e.relatedTarget && els.dateRange.contains(e.relatedTarget)) return;
    applyDates();
  });
  els.dateClear.addEventListener('click', function () {
    els.from.value = '';
    els.to.value = '';
    applyDates();
    els.from.focus();
  });

  els.mentionedWith.addEventListener('click', function (e) {
    if (e.target.closest('[data-action=close-with]')) {
      setWith(null);
      return;
    }
    var name = e.target.closest('a.mw-name[data-facet]');
    if (!name || !isPlainLeftClick(e)) return;
    e.preventDefault();
    addEntityFilter(name.getAttribute('data-facet'), name.getAttribute('data-value'));
  });

  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      if (state.doc) return;
      renderHistogram();
      if (state.with && lastWith) renderWithPanel(state.with, lastWith, null);
    }, 150);
  });

  els.back.addEventListener('click', backToResults);

  els.docContent.addEventListener('click', function (e) {
    var more = e.target.closest('.entity-more');
    if (more) { toggleEntityMore(more); return; }
    if (e.target.closest('#hit-next')) { stepHit(1); return; }
    if (e.target.closest('#hit-prev')) { stepHit(-1); return; }
    var related = e.target.closest('a.related-title[data-id], a.doc-link[data-id], a.copy-title[data-id]');
    if (related) {
      if (!isPlainLeftClick(e)) return;
      e.preventDefault();
      navigate(Object.assign(cloneState(state), { doc: related.getAttribute('data-id') }));
      return;
    }
    var toggle = e.target.closest('button.mention-toggle[data-facet]');
    if (toggle) {
      var type = toggle.getAttribute('data-facet');
      markedMentions[type] = !markedMentions[type];
      applyMentionMarks();
      return;
    }
    var mention = e.target.closest('a.mention[data-facet][href]');
    if (mention) {
      // Modified clicks open the link (the filtered results) in a new tab or window as usual.
      if (!isPlainLeftClick(e)) return;
      e.preventDefault();
      if (FACET_KEYS.indexOf(mention.getAttribute('data-facet')) === -1) return;
      addEntityFilter(mention.getAttribute('data-facet'), mention.getAttribute('data-value'));
      return;
    }
    var entity = e.target.closest('button.entity[data-facet]');
    if (!entity) return;
    var facet = entity.getAttribute('data-facet');
    if (FACET_KEYS.indexOf(facet) === -1) return;
    addEntityFilter(facet, entity.getAttribute('data-value'));
  });

  function isEditable(node) {
    if (!node || node === document.body) return false;
    if (node.isContentEditable) return true;
    var tag = node.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
  }

  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/' && !isEditable(e.target)) {
      e.preventDefault();
      els.q.focus();
      els.q.select();
    } else if (e.key === 'Escape' && state.doc && !isEditable(e.target)) {
      e.preventDefault();
      backToResults();
    } else if ((e.key === 'n' || e.key === 'p') && state.doc && hitNav.count && !isEditable(e.target)) {
      e.preventDefault();
      stepHit(e.key === 'n' ? 1 : -1);
    }
  });

  window.addEventListener('popstate', function () {
    clearTimeout(debounceTimer);
    debounceTimer = null;
    closeSuggestions();
    state = parseState(location.search);
    state.typing = !!(history.state && history.state.typing);
    render({});
  });

  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  render({});
})();
