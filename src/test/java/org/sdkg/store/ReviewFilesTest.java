package org.sdkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFilesTest {
    @TempDir Path dir;

    @Test
    void readsUtf8AndDropsByteOrderMark() throws Exception {
        Path f = Files.write(dir.resolve("2024-03.txt"), ("\uFEFFMinister Wáng met Dr Müller.").getBytes(StandardCharsets.UTF_8));
        assertThat(ReviewFiles.readText(f)).isEqualTo("Minister Wáng met Dr Müller.");
        assertThat(ReviewFiles.read(f, "2024-03").id()).isEqualTo("2024-03");
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), " \n\n");
        assertThatThrownBy(() -> ReviewFiles.readText(f)).isInstanceOf(ReviewFileException.class)
                .hasMessage(f + " is empty.");
    }

    @Test
    void rejectsBinaryFile() throws Exception {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
        assertThatThrownBy(() -> ReviewFiles.readText(f)).hasMessageContaining("binary");
    }

    @Test
    void rejectsLatin1File() throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 meeting".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ReviewFiles.readText(f)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("offset 3");
    }

    @Test
    void rejectsMissingFile() {
        assertThatThrownBy(() -> ReviewFiles.readText(dir.resolve("nope.txt"))).hasMessageEndingWith("does not exist.");
    }

    @Test
    void expandsFoldersIntoSortedTextFiles() throws Exception {
        Files.writeString(dir.resolve("2024-11.txt"), "x");
        Files.writeString(dir.resolve("2024-03.txt"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Path other = Files.writeString(dir.resolve("notes.md"), "y");
        ReviewFiles.Expansion e = ReviewFiles.expand(List.of(dir, other));
        assertThat(e.files()).containsExactly(dir.resolve("2024-03.txt"), dir.resolve("2024-11.txt"), other);
        assertThat(e.failures()).isEmpty();
    }

    @Test
    void reportsFolderWithoutReviewsAndMissingArgument() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        ReviewFiles.Expansion e = ReviewFiles.expand(List.of(empty, dir.resolve("missing")));
        assertThat(e.files()).isEmpty();
        assertThat(e.failures()).extracting(ReviewFiles.Failure::message)
                .containsExactly("The folder " + empty + " holds no reviews (*.txt files).", dir.resolve("missing") + " does not exist.");
    }

    @Test
    void reviewIdIsFileNameWithoutExtension() {
        assertThat(ReviewFiles.reviewId(Path.of("a/2025-05.txt"))).isEqualTo("2025-05");
        assertThat(ReviewFiles.reviewId(Path.of("README"))).isEqualTo("README");
    }
}
