package org.arbg.workflows.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The held-out block is the tail of each file, whatever the seed. */
class TrainValSplitTest {
    /** Two tokens per frame; token 0 = file number, token 1 = frame number in the file; logJ = −frame. */
    private static IcDataset dataset(int... frames) {
        int n = 0;
        for (int f : frames) {
            n += f;
        }
        double[] ic = new double[2 * n];
        double[] logJ = new double[n];
        int at = 0;
        for (int file = 0; file < frames.length; file++) {
            for (int i = 0; i < frames[file]; i++, at++) {
                ic[2 * at] = file;
                ic[2 * at + 1] = i;
                logJ[at] = -i;
            }
        }
        List<Path> files = frames.length == 2 ? List.of(Path.of("a"), Path.of("b")) : List.of(Path.of("a"));
        return new IcDataset(ic, logJ, n, 2, files, frames);
    }

    @Test
    void lastFramesOfEachFileAreHeldOut() {
        TrainValSplit s = TrainValSplit.tailOfEachFile(dataset(10, 5), 0.2);
        assertEquals(12, s.nTrain());
        assertEquals(3, s.nVal());
        // file a frames 8, 9 and file b frame 4
        assertArrayEquals(new double[] {0, 8, 0, 9, 1, 4}, s.valIc());
        assertArrayEquals(new double[] {-8, -9, -4}, s.valLogJ());
        assertEquals(7, s.trainIc()[2 * 7 + 1]);
        assertEquals(1, s.trainIc()[2 * 8]);
        assertEquals(3, s.trainIc()[2 * 11 + 1]);
    }

    @Test
    void filesAfterTheSplitOnesAreTrainingOnly() {
        TrainValSplit s = TrainValSplit.tailOfLeadingFiles(dataset(10, 5), 0.2, 1);
        assertEquals(13, s.nTrain());
        assertEquals(2, s.nVal());
        assertArrayEquals(new double[] {0, 8, 0, 9}, s.valIc(), "file a's tail only");
        assertArrayEquals(new double[] {1, 4}, Arrays.copyOfRange(s.trainIc(), 2 * 12, 2 * 13),
                "file b's last frame is a training frame");
        assertEquals(0, TrainValSplit.tailOfLeadingFiles(dataset(10, 5), 0.2, 0).nVal());
    }

    @Test
    void zeroFractionKeepsEverythingAndTinyFilesKeepOneTrainingFrame() {
        assertEquals(0, TrainValSplit.tailOfEachFile(dataset(10, 5), 0).nVal());
        TrainValSplit s = TrainValSplit.tailOfEachFile(dataset(2), 0.9);
        assertEquals(1, s.nTrain());
        assertEquals(1, s.nVal());
        TrainValSplit small = TrainValSplit.tailOfEachFile(dataset(20), 0.01);
        assertEquals(1, small.nVal(), "a positive fraction holds out at least one frame");
    }

    @Test
    void trainingSubsetSpreadsOverTheTrainingFramesWithTheirJacobians() {
        TrainValSplit s = TrainValSplit.tailOfEachFile(dataset(10, 5), 0.2);
        // 12 training frames (a0..a7, b0..b3); 3 asked for: every 4th
        TrainValSplit.Frames f = s.trainingSubset(3);
        assertEquals(3, f.n());
        assertArrayEquals(new double[] {0, 0, 0, 4, 1, 0}, f.ic());
        assertArrayEquals(new double[] {0, -4, 0}, f.logJ());
        assertEquals(12, s.trainingSubset(100).n(), "never more than the training frames");
        assertEquals(4, s.trainingSubset(5).n(), "5 asked of 12: stride 3, frames 0, 3, 6 and 9");
    }
}
