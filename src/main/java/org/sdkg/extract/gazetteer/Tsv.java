package org.sdkg.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the gazetteer's tab-separated resource files: UTF-8, one row a line, {@code #} comment lines and blank
 * lines ignored, the first remaining line a header naming the columns, {@code |} between list values.
 */
final class Tsv {
    private Tsv() {}

    /** One data row: its fields by column name (missing fields are empty) and its line number for messages. */
    record Row(String file, int line, List<String> header, String[] fields) {
        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) throw new IllegalStateException("gazetteer/" + file + " has no column '" + column + "'.");
            return i < fields.length ? fields[i].strip() : "";
        }

        List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        String where() { return file + ":" + line; }
    }

    /** Reads a table whose header must hold the given columns. */
    static List<Row> read(String resource, String... columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Tsv.class.getResourceAsStream("/gazetteer/" + resource)) {
            if (in == null) throw new IllegalStateException("Gazetteer resource gazetteer/" + resource + " is missing.");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            List<String> header = null;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(fields).map(String::strip).toList();
                    for (String c : columns) {
                        if (!header.contains(c)) {
                            throw new IllegalStateException("gazetteer/" + resource + " lacks the column '" + c + "'.");
                        }
                    }
                    continue;
                }
                if (fields.length > header.size()) {
                    throw new IllegalStateException("gazetteer/" + resource + ":" + n + " has " + fields.length
                            + " fields, the header has " + header.size() + ".");
                }
                rows.add(new Row(resource, n, header, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer/" + resource, e);
        }
        return rows;
    }

    /** Non-comment, non-blank lines of a plain word list. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Tsv.class.getResourceAsStream("/gazetteer/" + resource)) {
            if (in == null) throw new IllegalStateException("Gazetteer resource gazetteer/" + resource + " is missing.");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer/" + resource, e);
        }
        return out;
    }
}
