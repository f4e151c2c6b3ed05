package org.sdkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the Science Diplomacy Knowledge Graph ontology ({@code ontology/sdkg.ttl}).
 * Every constant here is declared in the ontology file, with a label and a comment.
 */
public final class SDKG {
    private SDKG() {}

    /** The namespace of the ontology. */
    public static final String NS = "https://w3id.org/sdkg/ontology#";
    /** The namespace of the concept scheme of interaction types. */
    public static final String TYPES_NS = "https://w3id.org/sdkg/interaction/";

    public static String getURI() { return NS; }

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes: agents
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Academy = resource("Academy");
    public static final Resource University = resource("University");
    public static final Resource ResearchInstitute = resource("ResearchInstitute");
    public static final Resource Company = resource("Company");
    public static final Resource InternationalOrganisation = resource("InternationalOrganisation");
    public static final Resource Association = resource("Association");
    public static final Resource JointLab = resource("JointLab");
    public static final Resource Post = resource("Post");
    public static final Resource Role = resource("Role");

    // Classes: places
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");

    // Classes: agreements
    public static final Resource Agreement = resource("Agreement");
    public static final Resource MemorandumOfUnderstanding = resource("MemorandumOfUnderstanding");
    public static final Resource Declaration = resource("Declaration");
    public static final Resource ActionPlan = resource("ActionPlan");
    public static final Resource JointStatement = resource("JointStatement");

    // Classes: events
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Talks = resource("Talks");
    public static final Resource CommitteeMeeting = resource("CommitteeMeeting");
    public static final Resource Forum = resource("Forum");
    public static final Resource Conference = resource("Conference");
    public static final Resource Workshop = resource("Workshop");
    public static final Resource Launch = resource("Launch");
    public static final Resource Signing = resource("Signing");
    public static final Resource Visit = resource("Visit");
    public static final Resource ResearchResult = resource("ResearchResult");

    // Classes: sources and provenance
    public static final Resource Review = resource("Review");
    public static final Resource Section = resource("Section");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource ExtractionRule = resource("ExtractionRule");
    public static final Resource InteractionType = resource("InteractionType");

    // Classes: network analysis
    public static final Resource NetworkMetrics = resource("NetworkMetrics");
    public static final Resource Community = resource("Community");

    // Individuals: interaction types (SKOS concepts mapped to CAMEO codes)
    public static final Resource InteractionTypes = ResourceFactory.createResource(TYPES_NS + "scheme");
    public static final Resource consult = ResourceFactory.createResource(TYPES_NS + "consult");
    public static final Resource visit = ResourceFactory.createResource(TYPES_NS + "visit");
    public static final Resource hostVisit = ResourceFactory.createResource(TYPES_NS + "host-visit");
    public static final Resource signAgreement = ResourceFactory.createResource(TYPES_NS + "sign-agreement");
    public static final Resource cooperate = ResourceFactory.createResource(TYPES_NS + "cooperate");

    // Properties: events
    public static final Property participant = property("participant");
    public static final Property coChair = property("coChair");
    public static final Property organiser = property("organiser");
    public static final Property date = property("date");
    public static final Property endDate = property("endDate");
    public static final Property place = property("place");
    public static final Property virtual = property("virtual");
    public static final Property interactionType = property("interactionType");
    public static final Property partOfEvent = property("partOfEvent");
    public static final Property topic = property("topic");

    // Properties: agreements
    public static final Property party = property("party");
    public static final Property signatory = property("signatory");
    public static final Property signedAt = property("signedAt");

    // Properties: launches and research results
    public static final Property launched = property("launched");
    public static final Property foundedBy = property("foundedBy");
    public static final Property hostedBy = property("hostedBy");
    public static final Property partnerCountry = property("partnerCountry");
    public static final Property purpose = property("purpose");
    public static final Property institution = property("institution");
    public static final Property researcher = property("researcher");
    public static final Property field = property("field");

    // Properties: people, posts, organisations, places
    public static final Property name = property("name");
    public static final Property hasPost = property("hasPost");
    public static final Property holder = property("holder");
    public static final Property role = property("role");
    public static final Property roleName = property("roleName");
    public static final Property postIn = property("postIn");
    public static final Property country = property("country");
    public static final Property validOn = property("validOn");
    public static final Property acronym = property("acronym");
    public static final Property subOrganisationOf = property("subOrganisationOf");
    public static final Property isoCode = property("isoCode");
    public static final Property cameoCode = property("cameoCode");

    // Properties: provenance
    public static final Property sourceSentence = property("sourceSentence");
    public static final Property extractedBy = property("extractedBy");
    public static final Property text = property("text");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property inSection = property("inSection");
    public static final Property inReview = property("inReview");
    public static final Property issueDate = property("issueDate");
    public static final Property contentHash = property("contentHash");
    public static final Property sourceFile = property("sourceFile");

    // Properties: network analysis
    public static final Property metricsOf = property("metricsOf");
    public static final Property network = property("network");
    public static final Property degree = property("degree");
    public static final Property weightedDegree = property("weightedDegree");
    public static final Property betweenness = property("betweenness");
    public static final Property closeness = property("closeness");
    public static final Property pageRank = property("pageRank");
    public static final Property clustering = property("clustering");
    public static final Property component = property("component");
    public static final Property community = property("community");
    public static final Property memberOfCommunity = property("memberOfCommunity");
}
