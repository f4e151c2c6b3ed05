package org.sdkg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL query on a {@link Store} (its default graph is the union of the named graphs)
 * and writes the result: SELECT as a table, CSV, TSV or JSON; ASK as yes/no, CSV, TSV or JSON;
 * CONSTRUCT and DESCRIBE as Turtle (table), N-Triples (csv, tsv) or JSON-LD (json).
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** Output formats of {@link #run}. */
    public enum Format { table, csv, tsv, json }

    /** Parses a query; a malformed query throws {@link org.apache.jena.query.QueryParseException}. */
    public static Query parse(String sparql) {
        return QueryFactory.create(sparql);
    }

    /** Runs {@code query} in a read transaction and writes its result to {@code out}. */
    public static void run(Store store, Query query, Format format, OutputStream out) {
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        Txn.executeRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case table -> ResultSetFormatter.out(ps, rs, query.getPrefixMapping());
                        case csv -> ResultSetFormatter.output(ps, rs, ResultSetLang.RS_CSV);
                        case tsv -> ResultSetFormatter.output(ps, rs, ResultSetLang.RS_TSV);
                        case json -> ResultSetFormatter.output(ps, rs, ResultSetLang.RS_JSON);
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case table -> ps.println(b ? "yes" : "no");
                        case csv -> ResultSetFormatter.outputAsCSV(ps, b);
                        case tsv -> ResultSetFormatter.outputAsTSV(ps, b);
                        case json -> ResultSetFormatter.outputAsJSON(ps, b);
                    }
                } else {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    Lang lang = switch (format) {
                        case table -> Lang.TURTLE;
                        case csv, tsv -> Lang.NTRIPLES;
                        case json -> Lang.JSONLD;
                    };
                    RDFDataMgr.write(ps, m, lang);
                }
            }
        });
        ps.flush();
    }
}
