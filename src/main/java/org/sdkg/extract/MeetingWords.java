package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists of the meeting fallback, read from a {@code rules/*.words} file: triggers by event kind (in
 * priority order) and guards by name. Each line is {@code key: entry, entry, ...} under an example comment; an
 * entry is one lemma or a few in a row, which may have up to {@value #GAP} other words between them.
 */
public final class MeetingWords {
    /** Most words allowed between the parts of a several-word entry. */
    public static final int GAP = 3;

    private final Map<String, List<String[]>> triggers;
    private final Map<String, List<String[]>> guards;

    private MeetingWords(Map<String, List<String[]>> triggers, Map<String, List<String[]>> guards) {
        this.triggers = triggers;
        this.guards = guards;
    }

    /** Loads {@code rules/<name>.words} from the class path. */
    public static MeetingWords load(String name) {
        String resource = "rules/" + name + ".words";
        try (InputStream in = MeetingWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a word file.
     *
     * @throws IllegalArgumentException naming the line of an entry without an example comment or a bad key
     */
    public static MeetingWords parse(String name, String content) {
        Map<String, List<String[]>> triggers = new LinkedHashMap<>();
        Map<String, List<String[]>> guards = new LinkedHashMap<>();
        boolean example = false;
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) { example = false; continue; }
            if (line.startsWith("#")) { example = true; continue; }
            int colon = line.indexOf(':');
            String[] key = colon < 0 ? new String[0] : line.substring(0, colon).strip().split("\\s+");
            if (key.length != 2 || !(key[0].equals("trigger") || key[0].equals("guard"))) {
                throw new IllegalArgumentException(name + ".words line " + (i + 1) + ": expected 'trigger Kind:' or 'guard name:'");
            }
            if (!example) throw new IllegalArgumentException(name + ".words line " + (i + 1) + ": an entry line needs an example comment above it");
            List<String[]> entries = new ArrayList<>();
            for (String e : line.substring(colon + 1).split(",")) {
                if (!e.isBlank()) entries.add(e.strip().toLowerCase(Locale.ROOT).split("\\s+"));
            }
            (key[0].equals("trigger") ? triggers : guards).put(key[1], entries);
            example = false;
        }
        return new MeetingWords(triggers, guards);
    }

    /** The event kinds with triggers, in priority order. */
    public List<String> kinds() { return List.copyOf(triggers.keySet()); }

    /** The guard names. */
    public List<String> guardNames() { return List.copyOf(guards.keySet()); }

    /** Token positions where a trigger of {@code kind} starts in the tokens. */
    public List<Integer> triggers(String kind, List<CoreLabel> toks) {
        return find(triggers.getOrDefault(kind, List.of()), toks, false);
    }

    /** Token positions where a word of guard {@code name} starts (proper nouns excepted: "May" the month is not "may"). */
    public List<Integer> guard(String name, List<CoreLabel> toks) {
        return find(guards.getOrDefault(name, List.of()), toks, true);
    }

    private static List<Integer> find(List<String[]> entries, List<CoreLabel> toks, boolean plainOnly) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            for (String[] e : entries) {
                if (matchesFrom(e, toks, i, plainOnly)) { at.add(i); break; }
            }
        }
        return at;
    }

    private static boolean matchesFrom(String[] entry, List<CoreLabel> toks, int i, boolean plainOnly) {
        if (!is(entry[0], toks.get(i), plainOnly)) return false;
        int k = i;
        for (int p = 1; p < entry.length; p++) {
            int found = -1;
            for (int j = k + 1; j < toks.size() && j <= k + 1 + GAP; j++) {
                if (is(entry[p], toks.get(j), plainOnly)) { found = j; break; }
            }
            if (found < 0) return false;
            k = found;
        }
        return true;
    }

    private static boolean is(String w, CoreLabel t, boolean plainOnly) {
        String word = t.word();
        if (plainOnly && t.tag() != null && t.tag().startsWith("NNP")) return false;
        String lemma = t.lemma() == null ? word : t.lemma();
        return w.equals(lemma.toLowerCase(Locale.ROOT)) || w.equals(word.toLowerCase(Locale.ROOT));
    }
}
