package org.articlesearch.search;

/** How many articles were published in a year. */
public record YearCount(int year, long count) {}
