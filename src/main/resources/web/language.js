/*
 * The language facet's values are ISO 639-1 codes, as the index keeps them; the page shows each
 * by its English name ("de" reads "German"), and anything else as it is.
 */
export function languageName(code) {
  const value = String(code == null ? '' : code);
  if (!/^[a-z]{2,3}$/i.test(value)) return value;
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(value);
  return name || value;
}
