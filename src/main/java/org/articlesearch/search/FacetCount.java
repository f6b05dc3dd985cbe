package org.articlesearch.search;

/** A facet value and how many hits have it. */
public record FacetCount(String value, long count) {}
