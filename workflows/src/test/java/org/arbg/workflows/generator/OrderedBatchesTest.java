package org.arbg.workflows.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.arbg.adapters.BadInputException;
import org.junit.jupiter.api.Test;

class OrderedBatchesTest {
    @Test
    void resultsArriveInBatchOrderWithBoundedWorkInFlight() throws IOException {
        for (int threads : new int[] {1, 2, 3}) {
            AtomicInteger created = new AtomicInteger();
            AtomicInteger consumed = new AtomicInteger();
            AtomicInteger maxAhead = new AtomicInteger();
            List<Integer> seen = new ArrayList<>();
            List<String> creatorThreads = new ArrayList<>();
            OrderedBatches.run(20, threads, k -> {
                assertEquals(created.getAndIncrement(), k, "tasks are created in batch order");
                creatorThreads.add(Thread.currentThread().getName());
                maxAhead.accumulateAndGet(k - consumed.get(), Math::max);
                return () -> {
                    Thread.sleep((19 - k) % 4);  // later batches often finish first
                    return k * 10;
                };
            }, (k, r) -> {
                seen.add(r);
                consumed.incrementAndGet();
            });
            for (int k = 0; k < 20; k++) {
                assertEquals(k * 10, seen.get(k));
            }
            assertTrue(maxAhead.get() <= threads, "at most " + threads + " batches ahead of the writer, saw "
                    + maxAhead.get());
            String me = Thread.currentThread().getName();
            assertTrue(creatorThreads.stream().allMatch(me::equals), "tasks are created on the calling thread");
        }
    }

    @Test
    void aFailingBatchEndsTheRunWithItsOwnExceptionAndStopsTheOthers() {
        BadInputException boom = new BadInputException("batch", "3", "injected");
        AtomicInteger running = new AtomicInteger();
        List<Integer> consumed = new ArrayList<>();
        BadInputException e = assertThrows(BadInputException.class, () -> OrderedBatches.run(50, 3, k -> () -> {
            running.incrementAndGet();
            try {
                if (k == 3) {
                    throw boom;
                }
                Thread.sleep(5);
                return k;
            } finally {
                running.decrementAndGet();
            }
        }, (k, r) -> consumed.add(r)));
        assertSame(boom, e);
        assertEquals(List.of(0, 1, 2), consumed, "the batches before the failing one were written, none after");
        assertEquals(0, running.get(), "every worker stopped before the call returned");
    }

    @Test
    void aFailingSinkStopsTheWorkers() {
        AtomicInteger running = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> OrderedBatches.run(50, 2, k -> () -> {
            running.incrementAndGet();
            try {
                Thread.sleep(5);
                return k;
            } finally {
                running.decrementAndGet();
            }
        }, (k, r) -> {
            if (k == 1) {
                throw new IOException("disk full");
            }
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(0, running.get());
    }
}
