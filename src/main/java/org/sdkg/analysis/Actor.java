package org.sdkg.analysis;

/**
 * A node of a network: a person, organisation or country of the graph.
 *
 * @param iri   its IRI
 * @param label its label
 * @param kind  what it is
 */
public record Actor(String iri, String label, NodeKind kind) {}
