package org.sdkg.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sdkg.extract.ExtractionException;
import org.sdkg.extract.ReviewSource;

/** The five reviews shipped in {@code data/reviews}, read from the project directory. */
final class ReviewFiles {

    static final List<String> IDS = List.of("2024-03", "2024-11", "2025-05", "2025-07", "2026-01");

    private ReviewFiles() {}

    static String raw(String id) {
        try {
            return Files.readString(Path.of("data", "reviews", id + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReviewText parse(String id) throws ExtractionException {
        return ReviewText.parse(new ReviewSource(id, id + ".txt", raw(id), null));
    }
}
