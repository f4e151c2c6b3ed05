package org.sdkg.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule file: settings ({@code @key value} lines) and CoreNLP TokensRegex patterns, one a line, each
 * under a comment holding an example sentence. Tokens carry the tags of sdkg's mentions in {@code ner}
 * (PERSON, ORGANIZATION, COUNTRY, DEMONYM, CITY, PROVINCE, ROLE, HONORIFIC, DATE or O).
 *
 * @param name     the file name without {@code .rules}; also the rule's IRI and label
 * @param settings the {@code @key value} lines
 * @param patterns the patterns, in file order
 */
public record RuleFile(String name, Map<String, String> settings, List<Pattern> patterns) {

    /** A pattern with the example sentence written above it. */
    public record Pattern(String example, String source, TokenSequencePattern compiled, int line) {}

    /** A setting, or the default when the file does not have it. */
    public String setting(String key, String dflt) { return settings.getOrDefault(key, dflt); }

    /**
     * Parses a rule file.
     *
     * @throws IllegalArgumentException naming the file and line of a bad pattern or a pattern without example
     */
    public static RuleFile parse(String name, String content) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<Pattern> patterns = new ArrayList<>();
        String example = null;
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            } else if (line.startsWith("#")) {
                example = line.substring(1).strip();
            } else if (line.startsWith("@")) {
                int sp = line.indexOf(' ');
                settings.put(sp < 0 ? line.substring(1) : line.substring(1, sp), sp < 0 ? "" : line.substring(sp + 1).strip());
            } else {
                if (example == null || example.isEmpty()) {
                    throw new IllegalArgumentException(name + ".rules line " + (i + 1) + ": a pattern needs an example comment above it");
                }
                try {
                    patterns.add(new Pattern(example, line, TokenSequencePattern.compile(line), i + 1));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(name + ".rules line " + (i + 1) + ": bad pattern: " + e.getMessage(), e);
                }
            }
        }
        return new RuleFile(name, Map.copyOf(settings), List.copyOf(patterns));
    }
}
