package org.sdkg.extract;

import org.apache.jena.rdf.model.Model;

/**
 * The graph extracted from one review, to be stored as the named graph {@code graphName}.
 *
 * @param reviewId  the review's id
 * @param graphName IRI of the named graph of this review (see {@link org.sdkg.ontology.Iris#reviewGraph})
 * @param issueDate the review's date, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param model     the triples
 */
public record Extraction(String reviewId, String graphName, String issueDate, Model model) {}
