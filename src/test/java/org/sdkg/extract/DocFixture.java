package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.sdkg.text.ReviewText;

import java.util.ArrayList;
import java.util.List;

/**
 * A review built by hand, without CoreNLP: paragraphs of sentences written as {@code word/TAG/NER} tokens
 * (sentences separated by {@code " | "}), under one section heading. CoreNLP's NER is the given tag; every
 * run of tokens with a tag other than O and PERSON is a mention keyed by its words.
 */
final class DocFixture {
    private DocFixture() {}

    static Doc doc(String... paragraphs) {
        List<List<String[]>> sentences = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            StringBuilder para = new StringBuilder();
            for (String s : p.split(" \\| ")) {
                List<String[]> toks = new ArrayList<>();
                for (String item : s.trim().split(" ")) {
                    String[] t = item.split("/");
                    toks.add(new String[] {t[0], t.length > 1 ? t[1] : "NN", t.length > 2 ? t[2] : "O"});
                    para.append(para.length() == 0 ? "" : " ").append(t[0]);
                }
                sentences.add(toks);
            }
            body.append("\n\n").append(para);
        }
        String raw = "China Science and Technology Review\n\n## China Science Diplomacy" + body + "\n";
        ReviewText review;
        try {
            review = ReviewText.parse(new ReviewSource("t", "t.txt", raw, "2024-03"));
        } catch (ExtractionException e) {
            throw new IllegalStateException(e);
        }
        String text = review.text();
        int cursor = text.indexOf("China Science Diplomacy") + "China Science Diplomacy".length();
        List<CoreMap> maps = new ArrayList<>();
        for (List<String[]> s : sentences) {
            List<CoreLabel> labels = new ArrayList<>();
            for (String[] t : s) {
                int at = text.indexOf(t[0], cursor);
                CoreLabel c = new CoreLabel();
                c.setWord(t[0]);
                c.setValue(t[0]);
                c.setOriginalText(t[0]);
                c.setTag(t[1]);
                c.setNER(t[2]);
                c.setLemma(t[0].toLowerCase());
                c.setBeginPosition(at);
                c.setEndPosition(at + t[0].length());
                cursor = at + t[0].length();
                labels.add(c);
            }
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, labels);
            m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(0).beginPosition());
            m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(labels.size() - 1).endPosition());
            maps.add(m);
        }
        Annotation a = new Annotation(text);
        a.set(CoreAnnotations.SentencesAnnotation.class, maps);
        Doc doc = new Doc(review, a);
        for (int i = 0; i < doc.sentences.size(); i++) {
            List<CoreLabel> toks = doc.tokens.get(i);
            String[] ner = new String[toks.size()];
            for (int k = 0; k < ner.length; k++) ner[k] = toks.get(k).ner();
            doc.coreNer.add(ner);
            for (int k = 0; k < toks.size(); k++) {
                String tag = ner[k];
                if (tag.equals("O") || tag.equals("PERSON")) continue;
                int e = k;
                while (e < toks.size() && ner[e].equals(tag)) e++;
                String span = doc.span(i, k, e);
                doc.addMention(new Mention(Mention.Type.valueOf(tag), i, k, e, span, span, "fixture"));
                k = e - 1;
            }
        }
        return doc;
    }

    /** Runs the person stage, as the pipeline does after the mentions. */
    static Doc withPeople(Doc doc) {
        new PersonStage(RuleBook.load()).apply(doc);
        return doc;
    }

    /** The person keys of the mentions of a rule, in order, as "word=key". */
    static List<String> resolved(Doc doc, String rule) {
        List<String> out = new ArrayList<>();
        for (Mention m : doc.mentions) if (m.rule().equals(rule)) out.add(m.text() + "=" + m.key());
        return out;
    }
}
