package org.sdkg.analysis;

import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/** What a node of a network stands for: a person, an organisation or a country. */
public enum NodeKind {
    PERSON("person"), ORGANISATION("organisation"), COUNTRY("country");

    private static final Set<Resource> ORGANISATION_CLASSES = Set.of(SDKG.Organisation, SDKG.GovernmentBody,
            SDKG.Academy, SDKG.University, SDKG.ResearchInstitute, SDKG.Company, SDKG.InternationalOrganisation,
            SDKG.Association, SDKG.JointLab);

    private final String label;

    NodeKind(String label) { this.label = label; }

    /** The lower case name used in exports and in the metrics graph. */
    public String label() { return label; }

    /**
     * The kind of a resource, from its types or else from its IRI ({@code person/}, {@code org/}, {@code country/}),
     * or null when it is none of the three (a place, an event ...).
     */
    public static NodeKind of(Resource r) {
        if (r.hasProperty(RDF.type, SDKG.Person)) return PERSON;
        if (r.hasProperty(RDF.type, SDKG.Country)) return COUNTRY;
        for (Resource c : ORGANISATION_CLASSES) if (r.hasProperty(RDF.type, c)) return ORGANISATION;
        String iri = r.isURIResource() ? r.getURI() : "";
        if (iri.startsWith(Iris.ID + "person/")) return PERSON;
        if (iri.startsWith(Iris.ID + "org/")) return ORGANISATION;
        if (iri.startsWith(Iris.ID + "country/")) return COUNTRY;
        return null;
    }
}
