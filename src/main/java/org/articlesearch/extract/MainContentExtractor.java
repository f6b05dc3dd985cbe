package org.articlesearch.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article text of an HTML page and leaves out its furniture: navigation, teasers,
 * banners, related posts and comments.
 *
 * <p>Readability-style: page furniture is removed by tag and by class or id, every paragraph adds a
 * score to its parent and half to its grandparent, and the container with the best score,
 * discounted by its share of link text, is the article, together with siblings that score well too.
 */
public final class MainContentExtractor {
  private static final String DROP_TAGS =
      "script, style, template, nav, header, footer, aside, form, iframe, svg, button, select,"
          + " textarea, input, dialog, menu, figure figcaption, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  // Readability's list of furniture names plus the teasers and banners news sites add.
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "(?i)-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|community|cover-wrap|disqus"
              + "|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
              + "|skyscraper|social|sponsor|supplemental|pagination|pager|popup|modal|share|sharing"
              + "|subscri|cookie|newsletter|promo|recommend|trending|outbrain|taboola|paywall"
              + "|signup|sign-up|read-?more|more-stories|author-?bio|skip-link|\\bnav");
  private static final Pattern LIKELY =
      Pattern.compile("(?i)and|article|body|column|content|main|shadow");
  private static final Set<String> SCORED =
      Set.of("p", "pre", "td", "blockquote", "li", "dd", "h2", "h3");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "pre",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "br",
          "hr",
          "figure",
          "header",
          "footer",
          "address");
  private static final int MIN_PARAGRAPH = 25;
  private static final int MIN_ARTICLE = 250;
  private static final int MAX_DEPTH = 300;

  private MainContentExtractor() {}

  /**
   * Returns the article text of the page, paragraphs on their own lines; the whole body as a
   * fallback.
   */
  public static String extract(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    Element clean = body.clone();
    clean.select(DROP_TAGS).remove();
    // Like Readability: furniture names first; when that leaves too little, a second try without.
    Element pruned = clean.clone();
    prune(pruned, 0, Math.max(1, pruned.text().length() / 2));
    for (Element root : List.of(pruned, clean)) {
      Element best = bestCandidate(root);
      String text = best == null ? "" : text(withSiblings(best));
      if (text.length() >= MIN_ARTICLE) {
        return text;
      }
    }
    String text = text(pruned);
    if (text.length() < MIN_ARTICLE) {
      text = text(clean);
    }
    // Some pages hide their whole body until a script runs; their text is still the article's.
    return text.length() < MIN_ARTICLE ? text(body) : text;
  }

  private static void prune(Element e, int depth, int halfOfPage) {
    if (depth > MAX_DEPTH) {
      return; // hostile nesting: furniture that deep stays rather than overflow the stack
    }
    for (Element child : new ArrayList<>(e.children())) {
      // A wrapper holding half the page's text is the page, whatever its class says ("has-ad").
      if (isUnlikely(child) && child.text().length() < halfOfPage) {
        child.remove();
      } else {
        prune(child, depth + 1, halfOfPage);
      }
    }
  }

  private static boolean isUnlikely(Element e) {
    String marker = e.className() + " " + e.id();
    if (marker.isBlank() || e.tagName().equals("article") || e.tagName().equals("main")) {
      return false;
    }
    // "sidebar" goes, "main-with-sidebar" stays: the same trade-off Readability makes.
    return UNLIKELY.matcher(marker).find() && !LIKELY.matcher(marker).find();
  }

  private static Element bestCandidate(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : root.getAllElements()) {
      if (!SCORED.contains(p.tagName()) && !isTextDiv(p)) {
        continue;
      }
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /** A div with text and no blocks inside is a paragraph written without {@code <p>}. */
  private static boolean isTextDiv(Element e) {
    if (!e.tagName().equals("div") || e.ownText().length() < MIN_PARAGRAPH) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.tagName()) && !child.tagName().equals("br")) {
        return false;
      }
    }
    return true;
  }

  /** Adds siblings that look like more of the article: well scored, or plain paragraphs. */
  private static Element withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return best;
    }
    Element container = new Element("div");
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        container.appendChild(sibling.clone());
        continue;
      }
      String text = sibling.text();
      double links = linkDensity(sibling);
      boolean paragraph = sibling.tagName().equals("p") && text.length() > 80 && links < 0.25;
      boolean sameKind =
          sibling.className().equals(best.className()) && !best.className().isEmpty();
      if (paragraph || (sameKind && links < 0.25)) {
        container.appendChild(sibling.clone());
      }
    }
    return container;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, links / (double) total);
  }

  /** Renders text with a line break around every block, so paragraphs stay lines. */
  static String text(Element root) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              b.append(t.text());
            } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
              b.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
              b.append('\n');
            }
          }
        },
        root);
    return b.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]+", " ")
        .replaceAll(" *\\n *", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
