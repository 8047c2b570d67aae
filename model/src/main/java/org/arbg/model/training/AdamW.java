package org.arbg.model.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * AdamW (Loshchilov &amp; Hutter) with β = (0.9, 0.95), ε = 1e-8 and decoupled weight decay on matrices
 * (rank ≥ 2). Written here, not taken from DJL, because checkpoints must save the moments.
 */
public final class AdamW implements AutoCloseable {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.95f;
    private static final float EPS = 1e-8f;

    private final NDManager manager;
    private final List<Parameter> params;
    private final NDArray[] m;
    private final NDArray[] v;
    private long t;

    /** Zero moments for these parameters, in this order. */
    public AdamW(NDManager parent, List<Parameter> params) {
        this.manager = parent.newSubManager();
        this.params = List.copyOf(params);
        m = new NDArray[params.size()];
        v = new NDArray[params.size()];
        for (int i = 0; i < m.length; i++) {
            NDArray p = params.get(i).getArray();
            m[i] = manager.zeros(p.getShape(), p.getDataType());
            v[i] = manager.zeros(p.getShape(), p.getDataType());
        }
    }

    /** Number of updates applied so far (drives bias correction). */
    public long updates() {
        return t;
    }

    /**
     * One update from the parameters' gradients, scaled by {@code gradScale} (global-norm clipping).
     *
     * @param step per-step manager for temporaries
     */
    public void update(NDManager step, NDArray[] grads, double lr, double gradScale, double weightDecay) {
        t++;
        double bc1 = 1 - Math.pow(BETA1, t);
        double bc2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < m.length; i++) {
            NDArray g = grads[i];
            m[i].muli(BETA1).addi(g.mul((float) ((1 - BETA1) * gradScale)));
            v[i].muli(BETA2).addi(g.square().muli((float) ((1 - BETA2) * gradScale * gradScale)));
            NDArray denom = own(v[i].div((float) bc2), step).sqrt().addi(EPS);
            NDArray upd = own(m[i].div((float) bc1), step).divi(denom).muli((float) lr);
            NDArray p = params.get(i).getArray();
            if (p.getShape().dimension() >= 2 && weightDecay > 0) {
                p.muli((float) (1 - lr * weightDecay));
            }
            p.subi(upd);
        }
    }

    /** Writes the update count and both moments (NDList encoding, parameter order). */
    public void save(OutputStream out) throws IOException {
        NDList list = new NDList();
        NDArray count = manager.create(new long[] {t});
        list.add(count);
        for (int i = 0; i < m.length; i++) {
            list.add(m[i]);
            list.add(v[i]);
        }
        list.encode(out);
        count.close();
    }

    /** Restores what {@link #save} wrote; shapes must match the parameters. */
    public void load(InputStream in) throws IOException {
        NDList list = NDList.decode(manager, in);
        if (list.size() != 1 + 2 * m.length) {
            throw new IOException("optimizer state holds " + list.size() + " arrays, expected " + (1 + 2 * m.length));
        }
        long count = list.get(0).toLongArray()[0];
        for (int i = 0; i < m.length; i++) {
            NDArray mi = list.get(1 + 2 * i);
            NDArray vi = list.get(2 + 2 * i);
            if (!mi.getShape().equals(m[i].getShape()) || !vi.getShape().equals(v[i].getShape())) {
                throw new IOException("optimizer state for parameter " + params.get(i).getName() + " has shape "
                        + mi.getShape() + ", expected " + m[i].getShape());
            }
            m[i].close();
            v[i].close();
            m[i] = mi;
            v[i] = vi;
        }
        list.get(0).close();
        t = count;
    }

    private static NDArray own(NDArray a, NDManager to) {
        a.attach(to);
        return a;
    }

    @Override
    public void close() {
        manager.close();
    }
}
