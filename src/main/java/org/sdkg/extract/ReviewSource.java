package org.sdkg.extract;

/**
 * One review to extract: its id (the file name without extension, e.g. {@code 2024-03}),
 * the file name it came from, its full text, and an optional date given by the user
 * ({@code YYYY-MM} or {@code YYYY-MM-DD}) that overrides the date in the review's heading.
 */
public record ReviewSource(String id, String fileName, String text, String dateOverride) {
    public ReviewSource {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a review needs an id");
        if (text == null) throw new IllegalArgumentException("a review needs a text");
    }
}
