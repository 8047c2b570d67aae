package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/** Small helpers for the blocks: parameter construction and manager-safe lookups. */
final class Params {
    private Params() {
    }

    static Parameter weight(String name, Initializer init, long... shape) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(new Shape(shape))
                .optInitializer(init).build();
    }

    static Parameter ones(String name, long size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.GAMMA).optShape(new Shape(size))
                .optInitializer(Initializer.ONES).build();
    }

    /**
     * Rows {@code table[idx]}. A DJL result belongs to its first operand's manager, which for a lookup is
     * the long-lived table; moving it to the index's manager keeps per-step memory per-step.
     */
    static NDArray rows(NDArray table, NDArray idx) {
        NDArray r = table.get(new NDIndex("{}", idx));
        r.attach(idx.getManager());
        return r;
    }

    /** Moves {@code a} into manager {@code m} and returns it. */
    static NDArray own(NDArray a, NDManager m) {
        a.attach(m);
        return a;
    }
}
