package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.arbg.model.nn.ArTransformer;
import org.arbg.model.nn.Conditioning;
import org.arbg.model.nn.KvCache;

/** Decodes one position per step from a KV cache: O(T) work per token. */
public final class KvCacheDecoder implements Decoder {
    private final ArTransformer net;
    private final Conditioning cond;

    public KvCacheDecoder(ArTransformer net, Conditioning cond) {
        this.net = net;
        this.cond = cond;
    }

    @Override
    public Session open(NDManager batchManager, int batch) {
        int len = cond.length();
        KvCache cache = net.newCache(batchManager, batch, cond.kinds(batchManager, 0, len),
                cond.roles(batchManager, 0, len));
        return new Session() {
            @Override
            public NDArray next(NDManager step, long[] inputs, int t) {
                long[] prev = new long[batch];
                for (int i = 0; i < batch; i++) {
                    prev[i] = inputs[i * len + t];
                }
                return net.step(step.create(prev), t, cache);
            }

            @Override
            public void close() {
                cache.close();
            }
        };
    }
}
