package org.luoshi.pipeline;

import org.apache.beam.sdk.values.TupleTag;
import org.luoshi.ingest.Quarantined;

/** The side output every step sends refused inputs to. */
final class Quarantine {
    static final TupleTag<Quarantined> TAG = new TupleTag<>() {
    };

    private Quarantine() {
    }
}
