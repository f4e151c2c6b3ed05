package org.sdkg.text;

import java.util.Arrays;

/** Appends characters together with their offsets in an original text; builds a {@link CleanText}. */
final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[256];

    void append(char c, int originalOffset) {
        if (text.length() == origin.length) origin = Arrays.copyOf(origin, origin.length * 2);
        origin[text.length()] = originalOffset;
        text.append(c);
    }

    /** Appends the cleaned span {@code [start, end)} of {@code piece}. */
    void append(CleanText piece, int start, int end) {
        for (int i = start; i < end; i++) append(piece.text().charAt(i), piece.origin()[i]);
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int originAt(int i) {
        return origin[i];
    }

    /** Removes the characters from {@code newLength} on. */
    void truncate(int newLength) {
        text.setLength(newLength);
    }

    CleanText build(int endOffset) {
        int[] o = Arrays.copyOf(origin, text.length() + 1);
        o[text.length()] = endOffset;
        return new CleanText(text.toString(), o);
    }
}
