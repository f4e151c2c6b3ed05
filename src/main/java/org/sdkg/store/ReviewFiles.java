package org.sdkg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.sdkg.extract.ReviewSource;

/**
 * Finds and reads review files. A review is a UTF-8 text file; in a folder, every {@code *.txt} file
 * (not hidden, not in sub-folders) is a review. Its id is the file name without extension.
 */
public final class ReviewFiles {
    private ReviewFiles() {}

    /** File extension of reviews found in a folder. */
    public static final String EXTENSION = ".txt";

    /**
     * Expands files and folders into review files.
     *
     * @return the review files in argument order (each folder's reviews in name order),
     *         and one failure per argument that is missing or a folder without reviews
     */
    public static Expansion expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                List<Path> found = reviewsIn(arg);
                if (found.isEmpty())
                    failures.add(new Failure(arg, "The folder " + arg + " holds no reviews (*" + EXTENSION + " files)."));
                files.addAll(found);
            } else if (Files.isRegularFile(arg)) {
                files.add(arg);
            } else if (Files.exists(arg)) {
                failures.add(new Failure(arg, arg + " is neither a file nor a folder."));
            } else {
                failures.add(new Failure(arg, arg + " does not exist."));
            }
        }
        return new Expansion(List.copyOf(files), List.copyOf(failures));
    }

    private static List<Path> reviewsIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The review id of a file: its name without extension. */
    public static String reviewId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Reads a review file strictly as UTF-8 text (a leading byte order mark is dropped). */
    public static String readText(Path file) throws ReviewFileException {
        if (!Files.exists(file)) throw new ReviewFileException(file + " does not exist.");
        if (!Files.isRegularFile(file)) throw new ReviewFileException(file + " is not a file.");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReviewFileException("Cannot read " + file + ": " + e.getMessage());
        }
        for (int i = 0; i < bytes.length; i++)
            if (bytes[i] == 0)
                throw new ReviewFileException(file + " is a binary file (it holds NUL bytes), not a text review.");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new ReviewFileException(file + " is not UTF-8 text (invalid byte at offset " + in.position() + ").");
        } catch (CharacterCodingException e) {
            throw new ReviewFileException(file + " is not UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new ReviewFileException(file + " is empty.");
        return text;
    }

    /** Reads a review file into a source for the extractor. */
    public static ReviewSource read(Path file, String dateOverride) throws ReviewFileException {
        return new ReviewSource(reviewId(file), file.getFileName().toString(), readText(file), dateOverride);
    }

    /** The outcome of {@link #expand}. */
    public record Expansion(List<Path> files, List<Failure> failures) {}

    /** An argument that gave no review, with a one-sentence reason. */
    public record Failure(Path path, String message) {}
}
