package org.articlesearch.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads the metadata an HTML page states about itself into flat keys: JSON-LD, meta tags
 * (OpenGraph, {@code article:*}, Dublin Core), microdata, {@code rel=author}, byline elements,
 * {@code <time>} and the {@code <h1>}.
 *
 * <p>Keys are namespaced by where the value was found ({@code jsonld:author}, {@code
 * itemprop:datePublished}, {@code html:byline}), so the resolvers can rank the evidence and name
 * it.
 */
public final class HtmlMetadataExtractor {
  /** JSON-LD types that describe the article itself. */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "scholarlyarticle",
          "techarticle",
          "report",
          "socialmediaposting",
          "liveblogposting",
          "posting",
          "recipe",
          "review",
          "medicalscholarlyarticle",
          "satiricalarticle",
          "advertisercontentarticle");

  private static final Set<String> ORGANIZATION_TYPES =
      Set.of("organization", "newsmediaorganization", "corporation", "website");

  // Class or id tokens that mark a byline; "author-bio" blocks are excluded by the length cap.
  private static final Pattern BYLINE_CLASS =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:byline|by-line|byl|author|authors|author-?name|writer|contributor|"
              + "article-?author|post-?author|entry-?author|meta-?author)(?:$|[\\s_-])");
  private static final Pattern NOT_BYLINE_CLASS =
      Pattern.compile("(?i)(?:avatar|image|img|photo|bio|description|comment|social|follow)");
  // "date", "entry-date", "recipeDate", "ngart-hl__date", "published", "timestamp"; not "updated".
  private static final Pattern DATE_CLASS =
      Pattern.compile(
          "(?i)(?:date|dateline|published|timestamp|posted-on|created|datum|erstellt)(?:$|[\\s_-])");
  private static final Pattern NOT_DATE_CLASS =
      Pattern.compile("(?i)update|validate|candidate|mandate");
  // The hAtom "published updated" pair marks a post's own date even with "updated" beside it.
  private static final Pattern POST_DATE_CLASS =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:post-date|entry-date|published)(?:$|[\\s_-])");
  private static final Pattern NO_MATCH = Pattern.compile("(?!)");
  // "By Jane Doe", "Von Anna Müller", "07.03.2019 · von …", "Autorin: …", "Text: …",
  // "Geschrieben von …": a byline whatever its element's class.
  private static final Pattern BY_PREFIX =
      Pattern.compile(
          "^\\s*(?:[\\d.:/,·|–\\s-]{6,30}(?:uhr\\s*)?[·|,–-]?\\s*)?(?:by|von|written by|words by|story by|reporting by|posted by|geschrieben von"
              + "|verfasst von|erstellt von|ein beitrag von|ein kommentar von|eine kolumne von)"
              + "(?:\\s*:?\\s*$|\\s+\\S)"
              + "|^\\s*(?:author|authors|autor|autorin|autoren|autorinnen|verfasser|verfasserin"
              + "|text|interview|reporter|redaktion)\\s*:\\s*\\S",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // A label element whose value is the next node: "<strong>Autor:</strong> Jane Doe".
  private static final Pattern BYLINE_LABEL =
      Pattern.compile(
          "^\\s*(?:by|von|author|authors|autor|autorin|autoren|autorinnen|verfasser|verfasserin"
              + "|text|interview|written by|geschrieben von|verfasst von|reporter)\\s*:?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // Profile pages of a site's writers; a link to one names its author.
  private static final Pattern AUTHOR_PATH =
      Pattern.compile(
          "(?i)/(?:author|authors|autor|autoren|autorin|writer|writers|journalist|journalisten"
              + "|contributor|contributors|byline|redakteur|redakteurin|profil|profile|user|users"
              + "|u|members?|benutzer)/[^/?#]+");
  // Yoast and other SEO plugins state the author as a labelled pair of Twitter card tags.
  private static final Pattern WRITTEN_BY =
      Pattern.compile(
          "(?i)^(?:written by|author|verfasst von|geschrieben von|autor|autorin|von|by)$");
  private static final int MAX_LABEL_VALUE = 80;
  private static final String KICKER_CLASS =
      "(?i).*(?:kicker|dachzeile|overline|topline|toptitle|roofline|eyebrow|spitzmarke|supertitle"
          + "|pretitle|pre-title|top-title|ueberzeile).*";
  private static final String SHORT_DATE =
      "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}"
          + "|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?\\s+(?:19|20)\\d{2}|\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+(?:19|20)\\d{2})"
          + "(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*(?:uhr|am|pm))?)?";
  private static final Pattern DATED_BYLINE =
      Pattern.compile(
          "^\\s*"
              + SHORT_DATE
              + "\\s+[-–—|·•/]\\s+([^\\d|·•]{4,50}?)\\s*$|^\\s*([^\\d|·•]{4,50}?)\\s+[-–—|·•/]\\s+"
              + SHORT_DATE
              + "\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "09.03.2022", "vom 6. November 2023, 15:25 Uhr": a date alone under the headline, not an
  // update.
  private static final Pattern HEADER_DATE =
      Pattern.compile(
          "^\\s*(?:(?:vom|am|stand|published|posted|veröffentlicht|erschienen|on)(?:\\s+am|\\s+on)?"
              + "\\s*:?\\s*)?(?:"
              + SHORT_DATE
              + "|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2})\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_DATE_TEXT = 60;
  // How many elements before the headline a date may stand and still be the article's.
  private static final int NEAR_HEADLINE = 12;
  // "<strong>Datum:</strong> 19.11.2021", "<dt>Published</dt><dd>…</dd>"
  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "^\\s*(?:datum|date|published(?: on)?|veröffentlicht(?: am)?|erschienen(?: am)?"
              + "|publiziert(?: am)?|erstellt(?: am)?|posted(?: on)?)\\s*:?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_BYLINE = 120;
  private static final int BODY_PARAGRAPH = 150;
  private static final int MAX_SCRIPT = 1 << 20;
  // Data islands of script-rendered pages carry the publication date under a few common names.
  private static final Pattern JSON_DATE =
      Pattern.compile(
          "\"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|firstPublished)\"\\s*:\\s*\"([^\"]{8,40})\"");
  // Keys where a page states its author for machines (JSON-LD, meta tags), not on its face.
  private static final Pattern STATED_AUTHOR_KEY =
      Pattern.compile("^(?!html:|rel:|itemprop:).*(?:author|creator|written-by)$");
  private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:[,;&]|\\band\\b|\\bund\\b)\\s*");
  private static final int MAX_JSON_DEPTH = 12;
  private static final int MAX_VALUES = 8;

  private HtmlMetadataExtractor() {}

  /** Returns the page's metadata as key to values, in document order. */
  public static Map<String, List<String>> extract(Document doc) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    PageFurniture furniture = new PageFurniture(doc);
    put(out, "dc:title", doc.title());
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    put(out, "Content-Language", lang);
    metaTags(doc, out);
    for (Element link : doc.select("link[rel=canonical][href]")) {
      put(out, "html:canonical", link.attr("href"));
    }
    jsonLd(doc, out);
    microdata(doc, furniture, out);
    for (Element a : doc.select("a[rel~=(?i)\\bauthor\\b]")) {
      put(out, furniture.contains(a) ? "html:byline-aside" : "rel:author", a.text());
    }
    authorLinks(doc, furniture, out);
    writtenByLabels(out);
    bylines(doc, furniture, out);
    headlineDates(doc, furniture, out);
    dateElements(doc, furniture, out);
    for (Element h1 : doc.select("h1")) {
      // A kicker set above the headline inside the <h1> ("Nach Corona-Lockerungen") is not part of
      // it: the headline without it is offered first.
      Element bare = h1.clone();
      bare.select("[class~=" + KICKER_CLASS + "]").remove();
      put(out, "html:h1", bare.text());
      put(out, "html:h1", h1.text());
    }
    times(doc, furniture, out);
    for (Element script : doc.select("script[type~=(?i)application/json]")) {
      String data = script.data();
      Matcher m =
          JSON_DATE.matcher(data.length() > MAX_SCRIPT ? data.substring(0, MAX_SCRIPT) : data);
      if (m.find()) {
        put(out, "html:json-date", m.group(1));
      }
    }
    hiddenAuthors(doc, out);
    return out;
  }

  /**
   * Marks the stated author values of which the page shows readers no name: a CMS fills the field
   * with the account that uploaded the story, while a writer's name stands in the byline.
   */
  private static void hiddenAuthors(Document doc, Map<String, List<String>> out) {
    if (doc.body() == null) {
      return;
    }
    String shown = null;
    for (Map.Entry<String, List<String>> e : List.copyOf(out.entrySet())) {
      if (!STATED_AUTHOR_KEY.matcher(e.getKey()).matches()) {
        continue;
      }
      for (String value : e.getValue()) {
        if (shown == null) {
          shown = doc.body().text().toLowerCase(Locale.ROOT);
        }
        String page = shown;
        // "Doe, Jane" or "Jane Doe und Max Muster": one of the names shown is enough.
        boolean seen =
            NAME_LIST
                .splitAsStream(value.toLowerCase(Locale.ROOT))
                .map(String::strip)
                .anyMatch(name -> name.length() > 1 && page.contains(name));
        if (!seen) {
          put(out, "html:hidden-author", value);
        }
      }
    }
  }

  private static void metaTags(Document doc, Map<String, List<String>> out) {
    // Some archivers and CMSs write the value in "value" rather than "content".
    for (Element meta : doc.select("meta[content], meta[value]")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      String name;
      if (!key.isBlank()) {
        // Names are case-insensitive in HTML ("Author", "author"); Dublin Core's "DC.creator" is
        // Tika's "dc:creator".
        name = key.strip().toLowerCase(Locale.ROOT).replaceFirst("^(dc|dcterms)\\.", "$1:");
      } else if (meta.hasAttr("itemprop")) {
        name = "itemprop:" + meta.attr("itemprop").strip();
      } else {
        continue;
      }
      put(out, name, meta.hasAttr("content") ? meta.attr("content") : meta.attr("value"));
    }
    // Tika reports these meta tags under Dublin Core names too; keep those keys for shared rules.
    for (String value : out.getOrDefault("author", List.of())) {
      put(out, "dc:creator", value);
    }
    for (String value : out.getOrDefault("description", List.of())) {
      put(out, "dc:description", value);
    }
  }

  private static void jsonLd(Document doc, Map<String, List<String>> out) {
    List<JsonObject> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        collect(JsonParser.parseString(script.data()), nodes, 0);
      } catch (JsonParseException | IllegalStateException e) {
        put(out, "jsonld:error", e.getClass().getSimpleName()); // a broken block names nothing
      }
    }
    Map<String, JsonObject> byId = new HashMap<>();
    for (JsonObject node : nodes) {
      String id = string(node.get("@id"));
      if (id != null) {
        byId.putIfAbsent(id, node);
      }
    }
    List<JsonObject> articles = new ArrayList<>();
    for (JsonObject node : nodes) {
      Set<String> types = types(node);
      if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
        articles.add(node);
      } else if (types.stream().anyMatch(t -> t.endsWith("page"))) {
        // WebPage and its kinds (MedicalWebPage, AboutPage, ItemPage) describe the page, less
        // surely.
        describe(node, "jsonld-page:", byId, out);
      }
    }
    // A page that lists related stories as articles of their own describes the one it shows by
    // its address or headline: only that article's authors and dates are the page's.
    JsonObject main = mainArticle(articles, out);
    if (main != null) {
      describe(main, "jsonld:", byId, out);
    }
  }

  private static JsonObject mainArticle(List<JsonObject> articles, Map<String, List<String>> out) {
    if (articles.size() <= 1) {
      return articles.isEmpty() ? null : articles.get(0);
    }
    Set<String> addresses = new HashSet<>();
    for (String key : List.of("html:canonical", "og:url")) {
      out.getOrDefault(key, List.of()).forEach(u -> addresses.add(withoutSlash(u)));
    }
    Set<String> headlines = new HashSet<>();
    for (String key : List.of("og:title", "dc:title", "twitter:title")) {
      out.getOrDefault(key, List.of()).forEach(t -> headlines.add(t.strip()));
    }
    JsonObject best = articles.get(0);
    int bestScore = -1;
    for (JsonObject node : articles) {
      int score = 0;
      String url = string(node.get("url"));
      JsonElement page = node.get("mainEntityOfPage");
      String pageId =
          page != null && page.isJsonObject()
              ? string(page.getAsJsonObject().get("@id"))
              : string(page);
      if (url != null && addresses.contains(withoutSlash(url))
          || pageId != null && addresses.contains(withoutSlash(pageId))) {
        score += 4;
      }
      String headline = string(node.get("headline"));
      if (headline != null && headlines.stream().anyMatch(h -> h.startsWith(headline.strip()))) {
        score += 2;
      }
      if (node.has("author")) {
        score += 1;
      }
      if (score > bestScore) {
        best = node;
        bestScore = score;
      }
    }
    return best;
  }

  private static String withoutSlash(String url) {
    return url.strip().replaceFirst("^https?://(?:www\\.)?", "").replaceFirst("/$", "");
  }

  private static void describe(
      JsonObject node, String prefix, Map<String, JsonObject> byId, Map<String, List<String>> out) {
    put(out, prefix + "headline", string(node.get("headline")));
    put(out, prefix + "name", string(node.get("name")));
    put(out, prefix + "datePublished", string(node.get("datePublished")));
    put(out, prefix + "dateCreated", string(node.get("dateCreated")));
    put(out, prefix + "dateModified", string(node.get("dateModified")));
    for (JsonElement author : list(node.get("author"))) {
      JsonElement resolved = dereference(author, byId);
      String name =
          resolved.isJsonObject()
              ? string(resolved.getAsJsonObject().get("name"))
              : string(resolved);
      boolean organization =
          resolved.isJsonObject()
              && types(resolved.getAsJsonObject()).stream().anyMatch(ORGANIZATION_TYPES::contains);
      put(out, prefix + (organization ? "author-organization" : "author"), name);
    }
    for (JsonElement publisher : list(node.get("publisher"))) {
      JsonElement resolved = dereference(publisher, byId);
      put(
          out,
          prefix + "publisher",
          resolved.isJsonObject()
              ? string(resolved.getAsJsonObject().get("name"))
              : string(resolved));
    }
  }

  /** Gathers every object of a JSON-LD block, descending into arrays and {@code @graph}. */
  private static void collect(JsonElement e, List<JsonObject> nodes, int depth) {
    if (depth > MAX_JSON_DEPTH || e == null) {
      return;
    }
    if (e.isJsonArray()) {
      for (JsonElement child : e.getAsJsonArray()) {
        collect(child, nodes, depth + 1);
      }
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      nodes.add(o);
      collect(o.get("@graph"), nodes, depth + 1);
      // An article may sit under mainEntity or mainEntityOfPage of a WebPage node.
      JsonElement main = o.get("mainEntity");
      if (main != null && (main.isJsonObject() || main.isJsonArray())) {
        collect(main, nodes, depth + 1);
      }
    }
  }

  private static JsonElement dereference(JsonElement e, Map<String, JsonObject> byId) {
    if (e.isJsonObject() && e.getAsJsonObject().size() == 1) {
      String id = string(e.getAsJsonObject().get("@id"));
      if (id != null && byId.containsKey(id)) {
        return byId.get(id);
      }
    }
    return e;
  }

  private static Set<String> types(JsonObject node) {
    Set<String> types = new HashSet<>();
    for (JsonElement t : list(node.get("@type"))) {
      String s = string(t);
      if (s != null) {
        types.add(s.replaceFirst("^.*[/#:]", "").toLowerCase(Locale.ROOT));
      }
    }
    return types;
  }

  private static List<JsonElement> list(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return List.of();
    }
    if (e.isJsonArray()) {
      List<JsonElement> items = new ArrayList<>();
      JsonArray array = e.getAsJsonArray();
      for (int i = 0; i < Math.min(array.size(), MAX_VALUES); i++) {
        items.add(array.get(i));
      }
      return items;
    }
    return List.of(e);
  }

  private static String string(JsonElement e) {
    if (e instanceof JsonPrimitive p) {
      return p.getAsString();
    }
    if (e != null && e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
      return string(e.getAsJsonArray().get(0));
    }
    return null;
  }

  private static void microdata(
      Document doc, PageFurniture furniture, Map<String, List<String>> out) {
    for (Element e : doc.select("[itemprop~=(?i)^(author|creator)$]")) {
      if (e.tagName().equals("meta")) {
        continue; // read with the other meta tags
      }
      Element name = e.selectFirst("[itemprop=name]");
      String value =
          name == null ? e.text() : name.hasAttr("content") ? name.attr("content") : name.text();
      // A teaser's or a commenter's author: the last resort, not the article's first choice.
      put(out, furniture.contains(e) ? "html:byline-aside" : "itemprop:author", value);
    }
    for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateCreated)$]:not(meta)")) {
      String value =
          e.hasAttr("datetime")
              ? e.attr("datetime")
              : e.hasAttr("content") ? e.attr("content") : e.text();
      put(out, "itemprop:" + e.attr("itemprop"), value);
    }
    for (Element e : doc.select("[itemprop=headline]:not(meta)")) {
      put(out, "itemprop:headline", e.text());
    }
  }

  private static void bylines(
      Document doc, PageFurniture furniture, Map<String, List<String>> out) {
    Element h1 = doc.selectFirst("h1");
    boolean afterHeadline = h1 == null;
    int bodyParagraphs = 0;
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<String> aside = new ArrayList<>();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      afterHeadline |= e == h1;
      if (afterHeadline && e.tagName().equals("p") && e.text().length() > BODY_PARAGRAPH) {
        bodyParagraphs++;
      }
      // "By <span>Jane Doe</span>" between headline and body is a byline whatever its class.
      boolean header = afterHeadline && e != h1 && bodyParagraphs < 2;
      boolean prefixed = BY_PREFIX.matcher(e.ownText()).lookingAt();
      // Own text first: a whole-text test on every element would read the page many times over.
      boolean label =
          BYLINE_LABEL.matcher(e.ownText()).matches()
              && e.childrenSize() <= 1
              && BYLINE_LABEL.matcher(e.text()).matches();
      boolean classed = hasClass(e, BYLINE_CLASS, NOT_BYLINE_CLASS);
      // "11.12.2019 - Jane Doe" under the headline: a date and a name, without a "By".
      Matcher dated = header && e.childrenSize() == 0 ? DATED_BYLINE.matcher(e.ownText()) : null;
      if (dated != null && dated.matches()) {
        put(out, "html:dated-byline", dated.group(1) != null ? dated.group(1) : dated.group(2));
        put(out, "html:byline-text", e.ownText());
        continue;
      }
      if (!prefixed && !label && !classed && !e.tagName().equals("address")) {
        continue; // most elements: the furniture test below walks the ancestors
      }
      if (furniture.contains(e)) {
        // A teaser's or a commenter's byline, or one in a box the furniture test misreads: kept as
        // the last resort.
        if (classed || prefixed) {
          aside.add(e.text());
        }
        continue;
      }
      if (header && prefixed || e.tagName().equals("address")) {
        String text = e.text();
        if (text.length() <= MAX_BYLINE) {
          put(out, "html:byline-text", text);
        }
      }
      if (label) {
        String value = labelledValue(e);
        if (!value.isEmpty()) {
          put(out, "html:byline-label", e.text().strip().replaceFirst(":$", "") + ": " + value);
        }
      }
      if (classed) {
        (afterHeadline ? after : before).add(e.text());
      }
    }
    // The article's own byline sits under its headline; ones above it belong to teasers.
    after.addAll(before);
    after.stream()
        .filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE)
        .forEach(t -> put(out, "html:byline", t));
    aside.stream()
        .filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE)
        .forEach(t -> put(out, "html:byline-aside", t));
  }

  /**
   * Dates standing alone by the headline: under it, before the body ({@code html:header-date}), and
   * the nearest one just above it ({@code html:date-above-headline}, where some sites set the date
   * beside the section name).
   */
  private static void headlineDates(
      Document doc, PageFurniture furniture, Map<String, List<String>> out) {
    if (doc.body() == null) {
      return;
    }
    Elements all = doc.body().getAllElements();
    Element h1 = doc.selectFirst("h1");
    int headline = h1 == null ? -1 : all.indexOf(h1);
    Element above = null;
    int bodyParagraphs = 0;
    for (int i = 0; i < all.size() && bodyParagraphs < 2; i++) {
      Element e = all.get(i);
      if (i > headline && e.tagName().equals("p") && e.text().length() > BODY_PARAGRAPH) {
        bodyParagraphs++;
      }
      if (i == headline
          || i < headline - NEAR_HEADLINE
          || e.childrenSize() != 0
          || e.ownText().length() > MAX_DATE_TEXT
          || !HEADER_DATE.matcher(e.ownText()).matches()
          || NOT_DATE_CLASS.matcher(e.className()).find()
          || furniture.contains(e)) {
        continue;
      }
      if (i > headline) {
        put(out, "html:header-date", e.ownText());
      } else {
        above = e;
      }
    }
    if (above != null) {
      put(out, "html:date-above-headline", above.ownText());
    }
  }

  /**
   * The text a label element introduces: the nodes after it up to a line break or the next label,
   * or else the text of the next element ("
   * <dt>Autor
   * <dd>Jane Doe").
   */
  private static String labelledValue(Element label) {
    StringBuilder value = new StringBuilder();
    for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Element el && (el.tagName().equals("br") || el.isBlock())) {
        break;
      }
      if (n instanceof Element el && BYLINE_LABEL.matcher(el.text()).matches()) {
        break;
      }
      if (n instanceof TextNode t) {
        value.append(t.text()).append(' ');
      } else if (n instanceof Element el) {
        value.append(el.text()).append(' ');
      }
      if (value.length() > MAX_LABEL_VALUE) {
        break;
      }
    }
    String v = value.toString().strip();
    if (v.isEmpty() && label.nextElementSibling() != null) {
      v = label.nextElementSibling().text().strip();
    }
    return v.length() <= MAX_LABEL_VALUE ? v : "";
  }

  private static void authorLinks(
      Document doc, PageFurniture furniture, Map<String, List<String>> out) {
    List<Element> links =
        headlineFirst(
            doc,
            e ->
                e.tagName().equals("a")
                    && AUTHOR_PATH.matcher(e.attr("href")).find()
                    && e.text().length() <= MAX_BYLINE
                    && !furniture.contains(e));
    if (links.isEmpty()) {
      return;
    }
    // Co-authors' links stand together in one byline: the first link's box, or the box around it.
    Element box = links.get(0).parent();
    for (int level = 0; level < 2 && box != null && box.parent() != null; level++) {
      Element around = box;
      if (links.stream().filter(l -> l.parents().contains(around)).count() > 1) {
        break;
      }
      box = box.parent();
    }
    Element byline = box;
    List<String> together = new ArrayList<>();
    for (Element link : links) {
      if (byline != null && link.parents().contains(byline) && !together.contains(link.text())) {
        together.add(link.text());
      }
    }
    if (together.size() > 1) {
      put(out, "html:author-link", String.join(", ", together));
    }
    links.forEach(e -> put(out, "html:author-link", e.text()));
  }

  /**
   * The wanted elements, those under the headline first: the article's own sit there, those above
   * it belong to teasers.
   */
  private static List<Element> headlineFirst(Document doc, Predicate<Element> wanted) {
    Element h1 = doc.selectFirst("h1");
    boolean afterHeadline = h1 == null;
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      afterHeadline |= e == h1;
      if (wanted.test(e)) {
        (afterHeadline ? after : before).add(e);
      }
    }
    after.addAll(before);
    return after;
  }

  /** Twitter card label and data pairs: "twitter:label1" = "Written by", "twitter:data1" = name. */
  private static void writtenByLabels(Map<String, List<String>> out) {
    for (int i = 1; i <= 4; i++) {
      String label = first(out, "twitter:label" + i);
      String data = first(out, "twitter:data" + i);
      if (label != null && data != null && WRITTEN_BY.matcher(label.strip()).matches()) {
        put(out, "twitter:written-by", data);
      }
    }
  }

  private static String first(Map<String, List<String>> out, String key) {
    List<String> values = out.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static void dateElements(
      Document doc, PageFurniture furniture, Map<String, List<String>> out) {
    headlineFirst(
            doc,
            e ->
                (hasClass(e, DATE_CLASS, NOT_DATE_CLASS) || hasClass(e, POST_DATE_CLASS, NO_MATCH))
                    && !furniture.contains(e))
        .stream()
        .map(Element::text)
        .filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE)
        .forEach(t -> put(out, "html:date-element", t));
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      if (DATE_LABEL.matcher(e.ownText()).matches()
          && e.childrenSize() <= 1
          && !furniture.contains(e)) {
        put(out, "html:date-label", labelledValue(e));
      }
    }
  }

  private static boolean hasClass(Element e, Pattern wanted, Pattern unwanted) {
    // Script-rendered pages name their elements for tests instead ("article-details-date").
    String marker = e.className() + " " + e.id() + " " + e.attr("data-testid");
    return !marker.isBlank() && wanted.matcher(marker).find() && !unwanted.matcher(marker).find();
  }

  private static void times(Document doc, PageFurniture furniture, Map<String, List<String>> out) {
    Element h1 = doc.selectFirst("h1");
    for (Element time : doc.select("time[datetime]")) {
      if (furniture.contains(time)) {
        continue; // another story's or a comment's time
      }
      // A <time> in the article's header is its date; one in a sidebar is another story's.
      boolean nearHeadline = h1 != null && sharesAncestor(h1, time, 4);
      put(out, nearHeadline ? "html:time-headline" : "html:time", time.attr("datetime"));
    }
  }

  private static boolean sharesAncestor(Element a, Element b, int levels) {
    Element p = a.parent();
    for (int i = 0; i < levels && p != null; i++, p = p.parent()) {
      if (p.tagName().equals("body")) {
        return false;
      }
      if (b.parents().contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static void put(Map<String, List<String>> out, String key, String value) {
    if (value == null) {
      return;
    }
    String v = value.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (v.isEmpty()) {
      return;
    }
    List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
    if (values.size() < MAX_VALUES * 4 && !values.contains(v)) {
      values.add(v);
    }
  }
}
