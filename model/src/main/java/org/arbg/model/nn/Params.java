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
     * Rows {@code table[idx]}, created directly in the index's manager. A plain {@code table.get(...)} would
     * put the result in the long-lived table's manager (a DJL result belongs to its first operand's manager),
     * which leaks per-step memory unless it is moved, and which several sampling threads share; creating it
     * in the caller's manager keeps per-step memory per-step and leaves the parameters' manager untouched.
     */
    static NDArray rows(NDArray table, NDArray idx) {
        return table.get(idx.getManager(), new NDIndex("{}", idx));
    }

    /** Moves {@code a} into manager {@code m} and returns it. */
    static NDArray own(NDArray a, NDManager m) {
        a.attach(m);
        return a;
    }
}
