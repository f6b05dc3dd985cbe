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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
      Pattern.compile("(?i)(?:date|dateline|published|timestamp|posted-on)(?:$|[\\s_-])");
  private static final Pattern NOT_DATE_CLASS =
      Pattern.compile("(?i)update|validate|candidate|mandate");
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^\\s*by\\s*:?\\s*$|^\\s*by\\s+\\p{Lu}");
  private static final int MAX_BYLINE = 120;
  private static final int BODY_PARAGRAPH = 150;
  private static final int MAX_SCRIPT = 1 << 20;
  // Data islands of script-rendered pages carry the publication date under a few common names.
  private static final Pattern JSON_DATE =
      Pattern.compile(
          "\"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|firstPublished)\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final int MAX_JSON_DEPTH = 12;
  private static final int MAX_VALUES = 8;

  private HtmlMetadataExtractor() {}

  /** Returns the page's metadata as key to values, in document order. */
  public static Map<String, List<String>> extract(Document doc) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    put(out, "dc:title", doc.title());
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    put(out, "Content-Language", lang);
    metaTags(doc, out);
    jsonLd(doc, out);
    microdata(doc, out);
    for (Element a : doc.select("a[rel~=(?i)\\bauthor\\b]")) {
      put(out, "rel:author", a.text());
    }
    for (Element link : doc.select("link[rel=canonical][href]")) {
      put(out, "html:canonical", link.attr("href"));
    }
    bylines(doc, out);
    dateElements(doc, out);
    for (Element h1 : doc.select("h1")) {
      put(out, "html:h1", h1.text());
    }
    times(doc, out);
    for (Element script : doc.select("script[type~=(?i)application/json]")) {
      String data = script.data();
      Matcher m =
          JSON_DATE.matcher(data.length() > MAX_SCRIPT ? data.substring(0, MAX_SCRIPT) : data);
      if (m.find()) {
        put(out, "html:json-date", m.group(1));
      }
    }
    return out;
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
    for (JsonObject node : nodes) {
      Set<String> types = types(node);
      boolean article = types.stream().anyMatch(ARTICLE_TYPES::contains);
      // WebPage and its kinds (MedicalWebPage, AboutPage, ItemPage) describe the page, less surely.
      boolean page = types.stream().anyMatch(t -> t.endsWith("page"));
      if (!article && !page) {
        continue;
      }
      String prefix = article ? "jsonld:" : "jsonld-page:";
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
                && types(resolved.getAsJsonObject()).stream()
                    .anyMatch(ORGANIZATION_TYPES::contains);
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

  private static void microdata(Document doc, Map<String, List<String>> out) {
    for (Element e : doc.select("[itemprop~=(?i)^(author|creator)$]")) {
      if (e.tagName().equals("meta")) {
        continue; // read with the other meta tags
      }
      Element name = e.selectFirst("[itemprop=name]");
      String value =
          name == null ? e.text() : name.hasAttr("content") ? name.attr("content") : name.text();
      put(out, "itemprop:author", value);
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

  private static void bylines(Document doc, Map<String, List<String>> out) {
    Element h1 = doc.selectFirst("h1");
    boolean afterHeadline = h1 == null;
    int bodyParagraphs = 0;
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      afterHeadline |= e == h1;
      if (afterHeadline && e.tagName().equals("p") && e.text().length() > BODY_PARAGRAPH) {
        bodyParagraphs++;
      }
      // "By <span>Jane Doe</span>" between headline and body is a byline whatever its class.
      boolean header = afterHeadline && e != h1 && bodyParagraphs < 2;
      if (header && BY_PREFIX.matcher(e.ownText()).lookingAt() || e.tagName().equals("address")) {
        String text = e.text();
        if (text.length() <= MAX_BYLINE) {
          put(out, "html:byline-text", text);
        }
      }
      if (hasClass(e, BYLINE_CLASS, NOT_BYLINE_CLASS)) {
        (afterHeadline ? after : before).add(e.text());
      }
    }
    // The article's own byline sits under its headline; ones above it belong to teasers.
    after.addAll(before);
    after.stream()
        .filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE)
        .forEach(t -> put(out, "html:byline", t));
  }

  private static void dateElements(Document doc, Map<String, List<String>> out) {
    Element h1 = doc.selectFirst("h1");
    boolean afterHeadline = h1 == null;
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      afterHeadline |= e == h1;
      if (hasClass(e, DATE_CLASS, NOT_DATE_CLASS)) {
        (afterHeadline ? after : before).add(e.text());
      }
    }
    after.addAll(before);
    after.stream()
        .filter(t -> !t.isBlank() && t.length() <= MAX_BYLINE)
        .forEach(t -> put(out, "html:date-element", t));
  }

  private static boolean hasClass(Element e, Pattern wanted, Pattern unwanted) {
    String marker = e.className() + " " + e.id();
    return !marker.isBlank() && wanted.matcher(marker).find() && !unwanted.matcher(marker).find();
  }

  private static void times(Document doc, Map<String, List<String>> out) {
    Element h1 = doc.selectFirst("h1");
    for (Element time : doc.select("time[datetime]")) {
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
