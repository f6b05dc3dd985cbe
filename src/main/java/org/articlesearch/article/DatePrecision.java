package org.articlesearch.article;

/** How much of a publication date the source actually stated. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
