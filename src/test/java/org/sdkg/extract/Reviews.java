package org.sdkg.extract;

import org.apache.jena.rdf.model.Model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five reviews, extracted once per test run by one shared extractor (CoreNLP loads once). */
final class Reviews {
    static final List<String> IDS = List.of("2024-03", "2024-11", "2025-05", "2025-07", "2026-01");
    private static CoreNlpExtractor extractor;
    private static Map<String, Extraction> ours;
    private static Map<String, Model> baseline;

    private Reviews() {}

    static Path projectDir() { return Path.of(System.getProperty("sdkg.project.dir", ".")); }

    static ReviewSource source(String id) {
        try {
            Path p = projectDir().resolve("data/reviews/" + id + ".txt");
            return new ReviewSource(id, id + ".txt", Files.readString(p), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized CoreNlpExtractor extractor() {
        if (extractor == null) extractor = new CoreNlpExtractor();
        return extractor;
    }

    static synchronized Map<String, Extraction> ours() throws ExtractionException {
        if (ours == null) {
            Map<String, Extraction> m = new LinkedHashMap<>();
            for (String id : IDS) m.put(id, extractor().extract(source(id)));
            ours = m;
        }
        return ours;
    }

    static synchronized Map<String, Model> baseline() throws ExtractionException {
        if (baseline == null) {
            Map<String, Model> m = new LinkedHashMap<>();
            RawCoreNlpBaseline b = new RawCoreNlpBaseline();
            for (String id : IDS) m.put(id, b.extract(source(id)).model());
            baseline = m;
        }
        return baseline;
    }

    static Map<String, Model> ourModels() throws ExtractionException {
        Map<String, Model> m = new LinkedHashMap<>();
        ours().forEach((id, x) -> m.put(id, x.model()));
        return m;
    }
}
