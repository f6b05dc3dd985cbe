/*
 * The user's query shown between curly quotes in a sentence ("No articles match “…”"), without
 * doubling the straight quotes of a phrase query: "soviet union" reads “soviet union”.
 */
export function quoted(query) {
  const text = String(query == null ? '' : query).trim();
  const phrase = /^"([^"]*)"$/.exec(text);
  return '\u201c' + (phrase ? phrase[1] : text) + '\u201d';
}
