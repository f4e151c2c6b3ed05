package org.sdkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule files listed in {@code rules/index.txt} on the class path. Each file's {@code @stage} setting
 * says which stage uses it (person, post, reference, event, agreement, launch, research); adding a rule
 * is adding a file and a line in the index.
 */
public final class RuleBook {
    private final List<RuleFile> files;

    public RuleBook(List<RuleFile> files) { this.files = List.copyOf(files); }

    /** Loads every file named in {@code rules/index.txt}. */
    public static RuleBook load() {
        List<RuleFile> files = new ArrayList<>();
        for (String line : read("rules/index.txt").split("\r?\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            if (name.endsWith(".rules")) name = name.substring(0, name.length() - ".rules".length());
            files.add(RuleFile.parse(name, read("rules/" + name + ".rules")));
        }
        return new RuleBook(files);
    }

    /** All files, in index order. */
    public List<RuleFile> files() { return files; }

    /** The files of one stage, in index order. */
    public List<RuleFile> forStage(String stage) {
        return files.stream().filter(f -> f.setting("stage", "").equals(stage)).toList();
    }

    private static String read(String resource) {
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
