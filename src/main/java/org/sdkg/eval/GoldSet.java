package org.sdkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The gold annotations of several reviews, by review id. */
public final class GoldSet {
    private final Map<String, Gold> byReview;

    public GoldSet(Map<String, Gold> byReview) {
        this.byReview = Collections.unmodifiableMap(new TreeMap<>(byReview));
    }

    /**
     * Loads every {@code *.json} file of a directory.
     *
     * @throws IllegalArgumentException when the directory holds no gold file, a file does not parse,
     *         or two files claim the same review
     */
    public static GoldSet load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("gold directory not found: " + dir);
        }
        Map<String, Gold> map = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                Gold g;
                try {
                    g = GoldParser.parse(Files.readString(f, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(f.getFileName() + ": " + e.getMessage(), e);
                }
                if (map.put(g.review(), g) != null) {
                    throw new IllegalArgumentException("two gold files for review " + g.review());
                }
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException("no gold *.json file in " + dir);
        }
        return new GoldSet(map);
    }

    /** Review ids, sorted. */
    public List<String> reviewIds() { return List.copyOf(byReview.keySet()); }

    public Optional<Gold> review(String id) { return Optional.ofNullable(byReview.get(id)); }

    public Map<String, Gold> all() { return byReview; }

    /** Problems found by {@link GoldValidator}; empty when the set is consistent. */
    public List<String> problems() { return GoldValidator.check(this); }
}
