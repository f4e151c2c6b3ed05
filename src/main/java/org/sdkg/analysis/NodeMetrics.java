package org.sdkg.analysis;

/**
 * The measures of one node of a network.
 *
 * @param degree         number of neighbours
 * @param weightedDegree sum of the weights of its edges (shared events, agreements ...)
 * @param betweenness    normalised betweenness centrality (hops, not weights, are distances)
 * @param closeness      closeness centrality, or harmonic centrality when the network is not connected
 *                       (see {@link NetworkAnalysis#closenessMeasure()})
 * @param pageRank       PageRank (damping 0.85, edge weights as transition weights); the scores sum to 1
 * @param clustering     local clustering coefficient
 * @param component      number of its connected component (1 = the largest)
 * @param community      number of its community (1 = the largest)
 */
public record NodeMetrics(int degree, double weightedDegree, double betweenness, double closeness,
                          double pageRank, double clustering, int component, int community) {}
