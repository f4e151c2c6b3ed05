package org.sdkg.store;

import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.sdkg.extract.ReviewExtractor;

/**
 * Obtains the review extractor registered with {@link ServiceLoader}
 * ({@code META-INF/services/org.sdkg.extract.ReviewExtractor}), lazily and at most once.
 */
public final class Extractors {
    private Extractors() {}

    /** Creates the registered extractor now; fails with one sentence when none is on the class path. */
    public static ReviewExtractor load() {
        return ServiceLoader.load(ReviewExtractor.class).findFirst()
                .orElseThrow(() -> new StoreException(
                        "No review extractor is installed (no org.sdkg.extract.ReviewExtractor service on the class path)."));
    }

    /** A supplier that creates the registered extractor on first use only. */
    public static Lazy lazy() {
        return new Lazy(Extractors::load);
    }

    /** A supplier that creates the extractor from {@code factory} on first use only. */
    public static Lazy lazy(Supplier<? extends ReviewExtractor> factory) {
        return new Lazy(factory);
    }

    /**
     * A memoised extractor supplier: {@link #get()} creates the extractor the first time it is called
     * and returns the same one afterwards; {@link #close()} closes it if it was ever created.
     */
    public static final class Lazy implements Supplier<ReviewExtractor>, AutoCloseable {
        private final Supplier<? extends ReviewExtractor> factory;
        private ReviewExtractor extractor;

        private Lazy(Supplier<? extends ReviewExtractor> factory) { this.factory = factory; }

        @Override
        public synchronized ReviewExtractor get() {
            if (extractor == null) extractor = factory.get();
            return extractor;
        }

        /** True once the extractor has been created. */
        public synchronized boolean isCreated() { return extractor != null; }

        @Override
        public synchronized void close() {
            if (extractor != null) {
                extractor.close();
                extractor = null;
            }
        }
    }
}
