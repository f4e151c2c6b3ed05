package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.apache.jena.rdf.model.Model;
import org.sdkg.text.ReviewText;
import org.sdkg.text.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One review as it goes through the stages: the cleaned text, CoreNLP's tokens and sentences, then the
 * layers added by each stage (mentions, people, posts, dates, events, agreements, launches, the graph).
 */
public final class Doc {
    public static final String TEXT = "text";
    public static final String TOKENS = "tokens";
    public static final String MENTIONS = "mentions";
    public static final String PEOPLE = "people";
    public static final String POSTS = "posts";
    public static final String REFERENCES = "references";
    public static final String DATES = "dates";
    public static final String EVENTS = "events";
    public static final String AGREEMENTS = "agreements";
    public static final String LAUNCHES = "launches";
    public static final String RESEARCH = "research";
    public static final String GRAPH = "graph";

    public final ReviewText review;
    public final String text;
    public final List<CoreMap> sentences;
    public final List<List<CoreLabel>> tokens = new ArrayList<>();
    /** Paragraph index of each sentence. */
    public final int[] paragraph;

    public final List<Mention> mentions = new ArrayList<>();
    /** CoreNLP's own NER tags, per sentence and token. */
    public final List<String[]> coreNer = new ArrayList<>();
    /** Countries named in the review. */
    public final java.util.Set<String> countries = new java.util.LinkedHashSet<>();
    /** Per sentence and token, the mention covering it, or null. */
    public final Mention[][] mentionAt;
    /** Acronym to canonical organisation name, for this review. */
    public final Map<String, String> acronyms = new LinkedHashMap<>();
    public final Map<String, Facts.Org> orgs = new LinkedHashMap<>();
    public final Map<String, Facts.Person> people = new LinkedHashMap<>();
    /** City name to country name. */
    public final Map<String, String> places = new LinkedHashMap<>();
    public final List<DateHit> dates = new ArrayList<>();
    public final List<Facts.Post> posts = new ArrayList<>();
    public final List<Facts.Event> events = new ArrayList<>();
    public final List<Facts.Agreement> agreements = new ArrayList<>();
    public final List<Facts.Launch> launches = new ArrayList<>();
    public final List<Facts.Research> research = new ArrayList<>();
    /** People named by their post only, resolved, per sentence. */
    public final Map<Integer, List<String>> references = new java.util.HashMap<>();
    public Model model;

    /** A date found in the text: its sentence, cleaned character offsets and value. */
    public record DateHit(int sentence, int start, int end, Facts.When when) {}

    public Doc(ReviewText review, Annotation annotation) {
        this.review = review;
        this.text = review.text();
        this.sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : sentences) tokens.add(s.get(CoreAnnotations.TokensAnnotation.class));
        this.mentionAt = new Mention[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) mentionAt[i] = new Mention[tokens.get(i).size()];
        this.paragraph = new int[sentences.size()];
        int p = 0;
        for (int i = 1; i < sentences.size(); i++) {
            String gap = text.substring(end(i - 1), start(i));
            if (gap.contains("\n\n") || section(i) != section(i - 1)) p++;
            paragraph[i] = p;
        }
    }

    public String reviewId() { return review.id(); }

    /** Cleaned offset where sentence {@code i} starts. */
    public int start(int i) { return sentences.get(i).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class); }

    /** Cleaned offset where sentence {@code i} ends. */
    public int end(int i) { return sentences.get(i).get(CoreAnnotations.CharacterOffsetEndAnnotation.class); }

    /** The section of sentence {@code i}, or null. */
    public Section section(int i) { return review.sectionAt(start(i)); }

    /** Words of sentence {@code i}. */
    public List<String> words(int i) {
        List<String> w = new ArrayList<>();
        for (CoreLabel c : tokens.get(i)) w.add(c.word());
        return w;
    }

    /** The cleaned text of tokens {@code [b, e)} of sentence {@code s}. */
    public String span(int s, int b, int e) {
        List<CoreLabel> t = tokens.get(s);
        return text.substring(t.get(b).beginPosition(), t.get(e - 1).endPosition());
    }

    /** Records a mention and tags its tokens (the tag is what rule files see as {@code ner}). */
    public void addMention(Mention m) {
        mentions.add(m);
        for (int k = m.begin(); k < m.end(); k++) {
            mentionAt[m.sentence()][k] = m;
            tokens.get(m.sentence()).get(k).setNER(m.type().name());
        }
    }

    /** The organisation of that name, created at its first mention. */
    public Facts.Org org(String name, int sentence, String rule) {
        return orgs.computeIfAbsent(name, n -> {
            Facts.Org o = new Facts.Org(n);
            o.sentence = sentence;
            o.rule = rule;
            return o;
        });
    }

    /** Whether any token of {@code [b, e)} in sentence {@code s} is already part of a mention. */
    public boolean covered(int s, int b, int e) {
        for (int k = b; k < e; k++) if (mentionAt[s][k] != null) return true;
        return false;
    }

    /** Mentions of one type in sentence {@code s}, in order. */
    public List<Mention> mentions(int s, Mention.Type type) {
        List<Mention> out = new ArrayList<>();
        Mention last = null;
        for (Mention m : mentionAt[s]) {
            if (m != null && m != last && m.type() == type) out.add(m);
            last = m;
        }
        return out;
    }
}
