package org.sdkg.store;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.SDKG;

/** Counts of one extracted review graph: triples, people, events. */
public record ReviewStats(long triples, long people, long events) {

    /** {@link SDKG#Event} and its subclasses. */
    public static final List<Resource> EVENT_CLASSES = List.of(SDKG.Event, SDKG.Meeting, SDKG.Talks,
            SDKG.CommitteeMeeting, SDKG.Forum, SDKG.Conference, SDKG.Workshop, SDKG.Launch, SDKG.Signing,
            SDKG.Visit, SDKG.ResearchResult);

    /** Counts the triples, the instances of sdkg:Person and the instances of sdkg:Event or a subclass. */
    public static ReviewStats of(Model model) {
        long people = model.listResourcesWithProperty(RDF.type, SDKG.Person).toList().size();
        long events = model.listStatements(null, RDF.type, (Resource) null)
                .filterKeep(s -> EVENT_CLASSES.contains(s.getResource()))
                .mapWith(s -> s.getSubject()).toSet().size();
        return new ReviewStats(model.size(), people, events);
    }

    @Override
    public String toString() {
        return triples + " triples, " + people + (people == 1 ? " person, " : " people, ")
                + events + (events == 1 ? " event" : " events");
    }
}
