/**
 * Dictionaries of countries, regions, provinces, cities, organisations and titles, read from the classpath
 * resources under {@code gazetteer/} (format in {@code gazetteer/README.md}), with lookups by surface form and a
 * longest-match search over token lists ({@link org.sdkg.extract.gazetteer.Gazetteer#findAll(java.util.List)}).
 */
package org.sdkg.extract.gazetteer;
