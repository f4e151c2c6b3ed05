package org.sdkg.store;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.ExtractionException;
import org.sdkg.extract.ReviewExtractor;
import org.sdkg.extract.ReviewSource;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/**
 * A small review extractor for tests: the date is the override or the first {@code YYYY-MM} in the text
 * (none: {@link ExtractionException}); every line "A met B." gives a meeting of two people.
 * The graph follows the sdkg graph model. Counts how many instances were created.
 */
public final class TestExtractor implements ReviewExtractor {

    /** Number of extractors created since the last {@link #reset()}. */
    public static final AtomicInteger CREATED = new AtomicInteger();

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2})\\b");
    private static final Pattern MET = Pattern.compile("(?m)^(\\p{Lu}\\w+ \\p{Lu}\\w+) met (\\p{Lu}\\w+ \\p{Lu}\\w+)\\.");

    public TestExtractor() { CREATED.incrementAndGet(); }

    public static void reset() { CREATED.set(0); }

    @Override
    public Extraction extract(ReviewSource source) throws ExtractionException {
        String date = source.dateOverride();
        if (date == null) {
            Matcher m = DATE.matcher(source.text());
            if (!m.find()) throw new ExtractionException("no date in the heading of the review; give one with --date.");
            date = m.group(1);
        }
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sdkg", SDKG.NS);
        Resource review = model.createResource(Iris.review(source.id()), SDKG.Review)
                .addProperty(RDFS.label, "Review " + source.id())
                .addProperty(SDKG.issueDate, model.createTypedLiteral(date.substring(0, 7), XSDDatatype.XSDgYearMonth))
                .addProperty(SDKG.sourceFile, source.fileName());
        Resource rule = model.createResource(Iris.rule("test-met"), SDKG.ExtractionRule).addProperty(RDFS.label, "test-met");
        Matcher m = MET.matcher(source.text());
        while (m.find()) {
            Resource sentence = model.createResource(Iris.sentence(source.id(), m.start(), m.end()), SDKG.Sentence)
                    .addProperty(SDKG.text, m.group())
                    .addLiteral(SDKG.startOffset, (long) m.start())
                    .addLiteral(SDKG.endOffset, (long) m.end())
                    .addProperty(SDKG.inReview, review);
            Resource a = person(model, m.group(1), sentence, rule);
            Resource b = person(model, m.group(2), sentence, rule);
            model.createResource(Iris.event("meeting", date, m.group(1)), SDKG.Meeting)
                    .addProperty(RDFS.label, "Meeting of " + m.group(1) + " and " + m.group(2))
                    .addProperty(SDKG.participant, a).addProperty(SDKG.participant, b)
                    .addProperty(SDKG.date, date)
                    .addProperty(SDKG.sourceSentence, sentence).addProperty(SDKG.extractedBy, rule);
        }
        return new Extraction(source.id(), Iris.reviewGraph(source.id()), date, model);
    }

    private static Resource person(Model model, String name, Resource sentence, Resource rule) {
        return model.createResource(Iris.person(name), SDKG.Person)
                .addProperty(RDFS.label, name).addProperty(SDKG.name, name)
                .addProperty(SDKG.sourceSentence, sentence).addProperty(SDKG.extractedBy, rule);
    }
}
