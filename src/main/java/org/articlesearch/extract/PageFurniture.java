package org.articlesearch.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells whether an element sits in page furniture: navigation, a sidebar, a footer, a list of
 * related or more stories, or a comment section. A byline or date found there belongs to another
 * story or to a reader, not to the article.
 */
final class PageFurniture {
  private static final Pattern FURNITURE_TAG = Pattern.compile("aside|nav|footer|menu|dialog");
  private static final Pattern FURNITURE_ROLE =
      Pattern.compile("(?i)complementary|navigation|contentinfo|menu|dialog");
  // Class and id words of the blocks that list other stories or readers' posts, in English and
  // German; matched as whole words of a class name ("related-posts", "sidebar_widget").
  private static final Pattern FURNITURE_CLASS =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:related|more|sidebar|teaser|teasers|recommend"
              + "|recommended|recommendations|popular|trending|mostread|comment|comments"
              + "|commentlist|respond|reply|replies|discussion|disqus|footer|newsletter|promo"
              + "|outbrain|taboola|readnext|next|prev|previous|pagination|breadcrumb|breadcrumbs"
              + "|menu|navbar|nav|navigation|weitere|mehr|empfehlungen"
              + "|kommentare|kommentar|aehnliche|verwandte|carousel|slider)(?:$|[\\s_-])");
  private static final Pattern FOOTER_CLASS =
      Pattern.compile("(?i)(?:^|[\\s_-])footer(?:$|[\\s_-])");
  private static final Pattern LAYOUT_MODIFIER =
      Pattern.compile("(?i)(?:^|\\s)(?:with|has|no|without)[-_][\\w-]*");
  private static final int MAX_LEVELS = 40;

  private final Element body;
  private int bodyLength = -1;

  /** Tells furniture apart in one page. */
  PageFurniture(Document doc) {
    this.body = doc.body();
  }

  /** A wrapper holding half the page's text is the page, whatever its class says. */
  private boolean holdsMostOfThePage(Element e) {
    if (body == null) {
      return false;
    }
    if (bodyLength < 0) {
      bodyLength = body.text().length();
    }
    return e.text().length() * 2 > bodyLength;
  }

  /** True when the element or one of its ancestors below the body is furniture. */
  boolean contains(Element e) {
    int level = 0;
    for (Element p = e; p != null && level < MAX_LEVELS; p = p.parent(), level++) {
      String tag = p.tagName();
      if (tag.equals("body") || tag.equals("html")) {
        return false;
      }
      if (tag.equals("article") || tag.equals("main")) {
        // An article's own header and footer hold its byline; a list of teasers is made of
        // articles too, so keep looking above it.
        continue;
      }
      // "with-sidebar", "has-navigation", "no-sidebars" describe a layout, not furniture.
      String marker = LAYOUT_MODIFIER.matcher(p.className() + " " + p.id()).replaceAll(" ");
      boolean furniture =
          FURNITURE_TAG.matcher(tag).matches()
              || FURNITURE_ROLE.matcher(p.attr("role")).matches()
              || FURNITURE_CLASS.matcher(marker).find();
      // An article's own footer ("entry-footer") carries its byline, unlike the site's.
      boolean articleFooter =
          (tag.equals("footer") || FOOTER_CLASS.matcher(marker).find())
              && p.closest("article") != null;
      if (furniture && !articleFooter && !holdsMostOfThePage(p)) {
        return true;
      }
    }
    return false;
  }
}
