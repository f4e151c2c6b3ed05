package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.apache.jena.rdf.model.Resource;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;
import org.sdkg.text.ReviewText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A baseline for comparison: CoreNLP PERSON and ORGANIZATION spans as they come (no titles removed, no
 * dictionaries, no rules), and one meeting per sentence naming two or more people, with all of them as
 * participants. It writes the same graph model as {@link CoreNlpExtractor} so both can be scored alike.
 */
public final class RawCoreNlpBaseline implements ReviewExtractor {
    public static final String RULE = "corenlp-same-sentence";
    private final NlpPipeline nlp = NlpPipeline.get();

    @Override
    public Extraction extract(ReviewSource source) throws ExtractionException {
        ReviewText review = ReviewText.parse(source);
        Annotation a = nlp.annotate(review.text());
        GraphWriter g = new GraphWriter();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int ob = review.clean().originalOffset(b);
            int oe = review.clean().originalEnd(e);
            Resource sentence = g.node(Iris.sentence(source.id(), ob, oe), SDKG.Sentence, "sentence " + ob + "-" + oe);
            sentence.addProperty(SDKG.text, review.text().substring(b, e));
            Set<String> people = new LinkedHashSet<>();
            for (String[] span : spans(s.get(CoreAnnotations.TokensAnnotation.class), review.text())) {
                if (span[0].equals("PERSON")) {
                    people.add(span[1]);
                    Resource p = g.node(Iris.person(span[1]), SDKG.Person, span[1]);
                    p.addProperty(SDKG.name, span[1]);
                    g.provenance(p, sentence, RULE);
                } else {
                    g.provenance(g.node(Iris.organisation(span[1]), SDKG.Organisation, span[1]), sentence, RULE);
                }
            }
            if (people.size() >= 2) {
                Resource ev = g.node(Iris.event("Meeting", "undated", source.id() + "-" + ob), SDKG.Meeting,
                        "Meeting of " + FactWriter.names(new ArrayList<>(people)));
                for (String p : people) ev.addProperty(SDKG.participant, g.model().createResource(Iris.person(p)));
                g.provenance(ev, sentence, RULE);
            }
        }
        return new Extraction(source.id(), Iris.reviewGraph(source.id()), review.issueDate(), g.model());
    }

    /** PERSON and ORGANIZATION token runs: {type, text}. */
    private static List<String[]> spans(List<CoreLabel> tokens, String text) {
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k).ner();
            if (!"PERSON".equals(t) && !"ORGANIZATION".equals(t)) continue;
            int e = k;
            while (e < tokens.size() && t.equals(tokens.get(e).ner())) e++;
            out.add(new String[] {t, text.substring(tokens.get(k).beginPosition(), tokens.get(e - 1).endPosition())});
            k = e - 1;
        }
        return out;
    }
}
