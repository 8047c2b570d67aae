package org.arbg.adapters.pdb;

/**
 * The fields of one ATOM/HETATM record, as written (names trimmed, coordinates in Å).
 *
 * @param line          1-based line number in the file
 * @param recordIndex   0-based index among the ATOM/HETATM records of the model read (a trajectory's atom index)
 * @param serial        atom serial number (columns 7-11)
 * @param name          atom name (columns 13-16), trimmed
 * @param altLoc        alternate location indicator (column 17), ' ' for none
 * @param residueName   residue name (columns 18-20, plus column 21 when it extends a full 3-letter name)
 * @param chainId       chain identifier (column 22), "" when blank or absent
 * @param residueNumber residue sequence number (columns 23-26)
 * @param insertionCode insertion code (column 27), "" for none
 * @param xA            x in Å (columns 31-38)
 * @param yA            y in Å (columns 39-46)
 * @param zA            z in Å (columns 47-54)
 * @param element       element symbol (columns 77-78), trimmed, "" when blank or absent
 * @param afterTer      whether a TER record came between the previous atom record and this one
 */
record PdbAtomLine(int line, int recordIndex, int serial, String name, char altLoc, String residueName,
                   String chainId, int residueNumber, String insertionCode, double xA, double yA, double zA,
                   String element, boolean afterTer) {
}
