package org.sdkg.extract;

import edu.stanford.nlp.pipeline.Annotation;
import org.sdkg.extract.gazetteer.Gazetteer;
import org.sdkg.ontology.Iris;
import org.sdkg.text.ReviewText;

/**
 * sdkg's extractor: CoreNLP (tokens, parts of speech, lemmas, coarse NER) over the cleaned review, then the
 * stages mentions → people → dates → posts → references → coreference → events → launches → agreements → research →
 * graph, driven by the gazetteer and the rule files in {@code rules/}. Create one per process.
 */
public final class CoreNlpExtractor implements ReviewExtractor {
    private final NlpPipeline nlp;
    private final Pipeline pipeline;

    /** Loads CoreNLP, the gazetteer and the rule files. */
    public CoreNlpExtractor() {
        this.nlp = NlpPipeline.get();
        Gazetteer gaz = Gazetteer.load();
        RuleBook rules = RuleBook.load();
        this.pipeline = Pipeline.builder()
                .add(new MentionStage(gaz, rules))
                .add(new PersonStage(rules))
                .add(new DateStage())
                .add(new PostStage(rules, gaz))
                .add(new ReferenceStage(rules))
                .add(new CorefStage())
                .add(new EventStage(rules))
                .add(new LaunchStage(rules))
                .add(new AgreementStage(rules, gaz))
                .add(new ResearchStage(rules))
                .add(new MeetingFallbackStage())
                .add(new GraphStage(gaz))
                .build();
    }

    @Override
    public Extraction extract(ReviewSource source) throws ExtractionException {
        ReviewText review = ReviewText.parse(source);
        Doc doc = analyse(review);
        return new Extraction(source.id(), Iris.reviewGraph(source.id()), review.issueDate(), doc.model);
    }

    /** Runs CoreNLP and every stage over a review; the document holds every layer. */
    public Doc analyse(ReviewText review) {
        Annotation a = nlp.annotate(review.text());
        Doc doc = new Doc(review, a);
        pipeline.run(doc);
        return doc;
    }

    /** The stages, in order. */
    public Pipeline pipeline() { return pipeline; }
}
