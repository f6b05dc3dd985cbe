package org.articlesearch.enrich;

/**
 * A metadata value and the evidence that produced it.
 *
 * @param value the value, never null
 * @param source where it came from: a metadata key ({@code meta:author}) or a text rule ({@code
 *     text:byline})
 */
public record Resolved<T>(T value, String source) {}
