package org.arbg.adapters.io;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitCellTest {
    @Test
    void unitCellVectorsRoundTrip() {
        UnitCell c = new UnitCell(2.5733, 2.5733, 2.5733, 70.53, 109.47, 70.53);
        UnitCell back = UnitCell.fromVectorsNm(c.vectorsNm()).orElseThrow();
        assertEquals(c.aNm(), back.aNm(), 1e-12);
        assertEquals(c.cNm(), back.cNm(), 1e-12);
        assertEquals(c.alphaDeg(), back.alphaDeg(), 1e-9);
        assertEquals(c.betaDeg(), back.betaDeg(), 1e-9);
        assertEquals(c.gammaDeg(), back.gammaDeg(), 1e-9);
        assertArrayEquals(new double[] {3, 0, 0, 0, 4, 0, 0, 0, 5}, UnitCell.rectangular(3, 4, 5).vectorsNm(), 0.0);
        assertTrue(UnitCell.fromVectorsNm(new double[9]).isEmpty());
    }
}
