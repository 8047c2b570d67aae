package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * How the next token's logits are computed while decoding: with a KV cache, or by re-running the whole
 * prefix. Both see the same input layout, so the sampler's draw rule exists once.
 */
public interface Decoder {
    /**
     * Starts decoding a batch.
     *
     * @param batchManager owns anything that lives for the whole batch (the KV cache)
     * @param batch        sequences in the batch
     */
    Session open(NDManager batchManager, int batch);

    /** Decoding state of one batch. */
    interface Session extends AutoCloseable {
        /**
         * Logits of token t.
         *
         * @param step   per-step manager that receives every array created
         * @param inputs flattened [B][T] teacher-forcing inputs: column 0 is the start token, column t+1 the
         *               bin chosen for token t; columns 0..t are filled
         * @param t      position being decoded
         * @return [B, L] logits
         */
        NDArray next(NDManager step, long[] inputs, int t);

        @Override
        void close();
    }
}
