package org.articlesearch.index;

import java.util.List;
import org.articlesearch.article.Article;
import org.articlesearch.article.NamedEntity;

/**
 * An article as the index holds it.
 *
 * @param article the article, with its entities after corpus-wide resolution
 * @param recognized its entities as recognized in it, before that resolution
 * @param fileStamp size and modification time of its file when read, or "" when not recorded
 */
public record StoredArticle(Article article, List<NamedEntity> recognized, String fileStamp) {}
