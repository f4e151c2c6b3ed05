package org.sdkg.extract;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;

/**
 * The one CoreNLP pipeline of a process: tokenize, ssplit, pos, lemma, ner (coarse classes, no SUTime;
 * dates and dictionaries are handled by sdkg's own stages). Loading the models takes seconds and about
 * a gigabyte, so the pipeline is created lazily once and shared; annotation is thread safe.
 */
public final class NlpPipeline {
    private static volatile NlpPipeline instance;

    private final StanfordCoreNLP corenlp;
    private final long loadMillis;

    private NlpPipeline() {
        long t0 = System.nanoTime();
        this.corenlp = new StanfordCoreNLP(properties());
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The CoreNLP settings used by sdkg. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=ascii");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        return p;
    }

    /** The shared pipeline, loaded on first use. */
    public static NlpPipeline get() {
        NlpPipeline p = instance;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = instance;
                if (p == null) instance = p = new NlpPipeline();
            }
        }
        return p;
    }

    /** Annotates a (cleaned) text; token offsets refer to {@code text}. */
    public Annotation annotate(String text) {
        Annotation a = new Annotation(text);
        corenlp.annotate(a);
        return a;
    }

    /** How long loading the models took, in milliseconds. */
    public long loadMillis() { return loadMillis; }
}
