package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Chain;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a multi-model PDB file the way OpenMM's PDBFile does: names, residues and chains from a {@link Topology},
 * one MODEL/ENDMDL block per frame (numbered from 1), a TER record after each chain, coordinates in Å with 3
 * decimals, a CRYST1 record before a model that has a cell, and END on close. No CONECT records.
 */
public final class PdbTrajectoryWriter implements TrajectoryWriter {
    /** Residues written as ATOM; everything else (caps, water, ions, ligands) as HETATM, as OpenMM does. */
    private static final Set<String> STANDARD = Set.of("ALA", "ASN", "CYS", "GLU", "HIS", "LEU", "MET", "PRO",
            "THR", "TYR", "ARG", "ASP", "GLN", "GLY", "ILE", "LYS", "PHE", "SER", "TRP", "VAL",
            "A", "G", "C", "U", "I", "DA", "DG", "DC", "DT", "DI");

    private final Topology topology;
    private final AtomicOutput output;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(96);
    private int frames;
    private boolean done;

    private PdbTrajectoryWriter(Topology topology, AtomicOutput output) {
        this.topology = topology;
        this.output = output;
        this.out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(output.channel()),
                StandardCharsets.US_ASCII), 1 << 16);
    }

    /** Creates the file (through a temporary file) and writes the REMARK header. */
    public static PdbTrajectoryWriter create(Path path, Topology topology) throws IOException {
        Objects.requireNonNull(topology, "topology");
        AtomicOutput o = AtomicOutput.open(path);
        try {
            PdbTrajectoryWriter w = new PdbTrajectoryWriter(topology, o);
            w.out.write("REMARK   1 CREATED WITH ARBG\n");
            return w;
        } catch (IOException | RuntimeException e) {
            o.abort();
            throw e;
        }
    }

    @Override
    public Path path() {
        return output.target();
    }

    @Override
    public int numAtoms() {
        return topology.numAtoms();
    }

    @Override
    public int framesWritten() {
        return frames;
    }

    @Override
    public void writeFrame(double[] positionsNm) throws IOException {
        write(positionsNm, null);
    }

    @Override
    public void writeFrame(double[] positionsNm, UnitCell cell) throws IOException {
        write(positionsNm, Objects.requireNonNull(cell, "cell"));
    }

    private void write(double[] positionsNm, UnitCell cell) throws IOException {
        if (done) {
            throw new IllegalStateException("PDB writer for " + path() + " is closed");
        }
        FrameChecks.checkFrame(positionsNm, topology.numAtoms());
        try {
            FrameChecks.checkFinite(path(), positionsNm, frames);
            checkWidth(positionsNm);
            if (cell != null) {
                out.write(String.format(Locale.ROOT, "CRYST1%9.3f%9.3f%9.3f%7.2f%7.2f%7.2f P 1           1 \n",
                        cell.aNm() * 10, cell.bNm() * 10, cell.cNm() * 10, cell.alphaDeg(), cell.betaDeg(),
                        cell.gammaDeg()));
            }
            writeModel(positionsNm);
            frames++;
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    private void checkWidth(double[] positionsNm) {
        for (int i = 0; i < positionsNm.length; i++) {
            double a = positionsNm[i] * 10;
            if (!(a > -9999999 && a < 99999999)) {
                throw new BadInputException(path(), "frame " + frames + ", atom " + i / 3, "coordinate " + a
                        + " Å does not fit the 8-column PDB field");
            }
        }
    }

    private void writeModel(double[] x) throws IOException {
        out.write(String.format(Locale.ROOT, "MODEL     %4d\n", frames + 1));
        int serial = 1;
        for (Chain chain : topology.chains()) {
            String chainName = chain.id().length() == 1 ? chain.id()
                    : String.valueOf((char) ('A' + chain.index() % 26));
            Residue last = null;
            for (int r = chain.firstResidue(); r < chain.firstResidue() + chain.residueCount(); r++) {
                Residue res = topology.residue(r);
                last = res;
                String resName = res.name().length() > 3 ? res.name().substring(0, 3) : res.name();
                String record = STANDARD.contains(res.name()) ? "ATOM  " : "HETATM";
                String resId = residueId(res);
                String ic = res.insertionCode().length() == 1 ? res.insertionCode() : " ";
                for (int i = res.firstAtom(); i < res.endAtom(); i++) {
                    Atom atom = topology.atom(i);
                    line.setLength(0);
                    line.append(record).append(pad(Integer.toString(serial % 100000), 5, true)).append(' ')
                            .append(pad(atomName(atom), 4, false)).append(' ')
                            .append(pad(resName, 3, true)).append(' ').append(chainName)
                            .append(resId).append(ic).append("   ")
                            .append(format83(x[3 * i] * 10)).append(format83(x[3 * i + 1] * 10))
                            .append(format83(x[3 * i + 2] * 10))
                            .append("  1.00  0.00          ").append(pad(atom.element().symbol(), 2, true))
                            .append("  \n");
                    out.append(line);
                    serial++;
                }
            }
            if (last != null) {
                out.write(String.format(Locale.ROOT, "TER   %5d      %3s %s%s\n", serial % 100000,
                        last.name().length() > 3 ? last.name().substring(0, 3) : last.name(), chainName,
                        residueId(last)));
                serial++;
            }
        }
        out.write("ENDMDL\n");
    }

    private static String residueId(Residue res) {
        return pad(Integer.toString(res.number() % 10000), 4, true);
    }

    /** OpenMM's rule: names shorter than 4 that start with a letter, of one-letter elements, start in column 14. */
    private static String atomName(Atom atom) {
        String name = atom.name();
        if (name.length() < 4 && !name.isEmpty() && Character.isLetter(name.charAt(0))
                && atom.element().symbol().length() < 2) {
            return " " + name;
        }
        return name.length() > 4 ? name.substring(0, 4) : name;
    }

    /** Width 8 with 3 decimals; larger numbers lose decimals rather than shifting columns (as OpenMM). */
    private static String format83(double v) {
        String s = String.format(Locale.ROOT, "%8.3f", v);
        return s.length() > 8 ? s.substring(0, 8) : s;
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    @Override
    public void abort() {
        done = true;
        output.abort();
    }

    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            out.write("END\n");
            out.flush();
            output.commit();
        } catch (IOException | RuntimeException e) {
            output.abort();
            throw e;
        }
    }
}
