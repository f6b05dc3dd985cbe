/** The {@code article-search} command line; nothing depends on this package. */
package org.articlesearch.cli;
