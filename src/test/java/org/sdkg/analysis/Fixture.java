package org.sdkg.analysis;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.sdkg.ontology.Iris;

/** The hand-made review graphs of {@code analysis/fixture.trig}, and the IRIs of its people. */
final class Fixture {
    private Fixture() {}

    static final String RESOURCE = "analysis/fixture.trig";

    static final String LI_WEI = Iris.person("Li Wei");
    static final String ANNA_BERG = Iris.person("Anna Berg");
    static final String ZHANG_MIN = Iris.person("Zhang Min");
    static final String CARLOS_SOUZA = Iris.person("Carlos Souza");
    static final String MARIA_LIMA = Iris.person("Maria Lima");
    static final String CHEN_HONG = Iris.person("Chen Hong");
    static final String OMAR_HADDAD = Iris.person("Omar Haddad");

    /** A fresh in-memory dataset holding the fixture. */
    static Dataset dataset() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, RESOURCE);
        return ds;
    }

    /** Loads the fixture into a dataset (e.g. a TDB2 one). */
    static void loadInto(Dataset ds) {
        org.apache.jena.system.Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, RESOURCE));
    }
}
