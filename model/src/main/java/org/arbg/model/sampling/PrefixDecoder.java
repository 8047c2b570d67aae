package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.arbg.model.nn.ArTransformer;
import org.arbg.model.nn.Conditioning;

/**
 * Decodes by running the full causal forward pass on the prefix at every step (no cache): O(T²) work per
 * token. The reference the KV cache is tested against, and the slow line of the throughput benchmark.
 */
public final class PrefixDecoder implements Decoder {
    private final ArTransformer net;
    private final Conditioning cond;

    public PrefixDecoder(ArTransformer net, Conditioning cond) {
        this.net = net;
        this.cond = cond;
    }

    @Override
    public Session open(NDManager batchManager, int batch) {
        int len = cond.length();
        return new Session() {
            @Override
            public NDArray next(NDManager step, long[] inputs, int t) {
                long[] prefix = new long[batch * (t + 1)];
                for (int i = 0; i < batch; i++) {
                    System.arraycopy(inputs, i * len, prefix, i * (t + 1), t + 1);
                }
                NDArray logits = net.logits(step.create(prefix, new Shape(batch, t + 1)), cond.kinds(step, 0, t + 1),
                        cond.roles(step, 0, t + 1));
                return logits.get(new NDIndex(":, -1, :"));
            }

            @Override
            public void close() {
                // nothing held between steps
            }
        };
    }
}
