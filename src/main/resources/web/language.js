/*
 * The language facet's values are ISO 639-1 codes, as the index keeps them; the page shows each
 * by its English name ("de" reads "German"), and anything else as it is.
 */
export function languageName(code) {
  const value = String(code == null ? '' : code);
  if (!/^[a-z]{2,3}(-[a-z]{2,4})?$/i.test(value)) return value; // "de", or "zh-CN" as Tika says
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(value);
  return name || value;
}
