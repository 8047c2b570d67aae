package org.arbg.plugin.commands;

import static org.arbg.plugin.cli.CliOptions.flag;
import static org.arbg.plugin.cli.CliOptions.valued;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.topology.Topology;
import org.arbg.plugin.cli.Arguments;
import org.arbg.plugin.cli.CliContext;
import org.arbg.plugin.cli.Command;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.ProgressDisplay;
import org.arbg.plugin.cli.UsageException;

/**
 * {@code arbg convert IN[,IN2...] OUT [--top PDB] [--begin I] [--end J] [--stride S] [--angle LABEL
 * --angle-range LO:HI]}: copies a trajectory (or a slice of its frames) between PDB, DCD, XTC and NPY (frames ×
 * atoms × 3, nm), frame by frame; several inputs, comma-separated, are joined in order. With a topology the frames are mapped onto its atoms (solvent stripped when asked, split residues
 * reunited), which a PDB output needs for names; with {@code --angle} only the frames of the slice whose backbone
 * dihedral lies in the range are copied.
 */
public final class ConvertCommand implements Command {
    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "convert (or join) trajectories between .pdb, .dcd, .xtc and .npy (frames x atoms x 3, nm)";
    }

    @Override
    public String usage() {
        return "[options] IN[,IN2,...] OUT";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(valued("top", "FILE",
                        "topology (.pdb, or .prmtop with --coords) for atom names; required to write .pdb "
                        + "from a .dcd/.xtc/.npy"))
                .addOption(valued("coords", "FILE", "coordinates for an AMBER --top (.inpcrd)"))
                .addOption(flag("strip-solvent", "keep only the solute atoms of --top (water and ions dropped)"))
                .addOption(valued("begin", "I", "first frame to copy, 0-based (default 0)"))
                .addOption(valued("end", "J", "copy frames before J only, 0-based, exclusive (default: to the end)"))
                .addOption(valued("stride", "S", "copy every S-th frame from --begin (default 1)"))
                .addOption(valued("angle", "LABEL",
                        "copy only frames whose backbone dihedral LABEL of --top (as the metrics name it, "
                        + "e.g. 'phi ALA 2') lies in --angle-range"))
                .addOption(valued("angle-range", "LO:HI",
                        "the range for --angle in radians, [LO, HI); LO > HI wraps through +-pi "
                        + "(e.g. 0:3.1416 is phi > 0)"));
    }

    /** Frames {@code begin, begin + stride, ...} below {@code end}, 0-based. */
    record FrameSlice(long begin, long end, long stride) {
        static FrameSlice of(CommandLine line) {
            long begin = line.hasOption("begin") ? Arguments.longValue(line, "begin") : 0;
            long end = line.hasOption("end") ? Arguments.longValue(line, "end") : Long.MAX_VALUE;
            long stride = line.hasOption("stride") ? Arguments.positiveInt(line, "stride") : 1;
            if (begin < 0 || end <= begin) {
                throw new UsageException("--begin " + begin + " and --end " + end + " select no frames");
            }
            return new FrameSlice(begin, end, stride);
        }

        boolean contains(long frame) {
            return frame >= begin && frame < end && (frame - begin) % stride == 0;
        }
    }

    @Override
    public int run(CommandLine line, CliContext context) throws Exception {
        String[] files = Arguments.positional(line, 2, "IN and OUT");
        List<Path> inputs = new ArrayList<>();
        for (String name : files[0].split(",")) {
            if (name.isBlank()) {
                throw new UsageException("IN '" + files[0] + "' names an empty file");
            }
            inputs.add(Path.of(name.trim()));
        }
        Path out = Path.of(files[1]);
        for (Path in : inputs) {
            if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new UsageException("IN and OUT are the same file: " + in);
            }
        }
        Trajectories.Format.of(out);
        Path first = inputs.get(0);
        Path topFile = line.hasOption("top") ? Arguments.path(line, "top")
                : Trajectories.Format.of(first) == Trajectories.Format.PDB ? first : null;
        if (topFile == null && line.hasOption("strip-solvent")) {
            throw new UsageException("--strip-solvent needs --top");
        }
        if (line.hasOption("angle") != line.hasOption("angle-range")) {
            throw new UsageException("--angle and --angle-range go together");
        }
        if (topFile == null && line.hasOption("angle")) {
            throw new UsageException("--angle needs --top to find the dihedral's atoms");
        }
        FrameSlice slice = FrameSlice.of(line);
        StructureInput top = topFile == null ? null
                : StructureInput.read(topFile, line.hasOption("coords") ? Arguments.path(line, "coords") : null,
                        line.hasOption("strip-solvent"));
        AngleRangeFilter angle = line.hasOption("angle")
                ? AngleRangeFilter.of(top.structure().topology(), line.getOptionValue("angle"),
                        line.getOptionValue("angle-range"))
                : null;
        Topology outTopology = top != null ? top.structure().topology() : null;
        if (outTopology == null && Trajectories.Format.of(out) == Trajectories.Format.PDB) {
            throw new UsageException("writing a .pdb needs --top for atom and residue names");
        }
        int frames;
        try (ProgressDisplay progress = context.progress("convert", -1)) {
            frames = copy(inputs, top, outTopology, slice, angle, out, progress);
        }
        System.err.println("arbg convert: wrote " + frames + " frames" + (angle == null ? "" : " with " + angle.label()
                + " in [" + angle.loRad() + ", " + angle.hiRad() + ") rad") + " to " + out);
        return ExitCode.OK;
    }

    /** A topology in file order must match the trajectory's atom count; a mapped one is checked per column. */
    private static TrajectoryReader openReader(Path in, StructureInput top) throws java.io.IOException {
        return top != null && top.inFileOrder() ? Trajectories.openReader(in, top.structure().topology().numAtoms())
                : Trajectories.openReader(in);
    }

    /**
     * Copies the chosen frames of the inputs, one after the other, into {@code out}; the slice's frame numbers
     * run on over the joined inputs. Every input must hold as many atoms as the first.
     */
    private static int copy(List<Path> inputs, StructureInput top, Topology outTopology, FrameSlice slice,
                            AngleRangeFilter angle, Path out, ProgressDisplay progress) throws java.io.IOException {
        TrajectoryWriter writer = null;
        try {
            long index = 0;
            int atoms = -1;
            for (Path in : inputs) {
                try (TrajectoryReader reader = openReader(in, top)) {
                    if (atoms < 0) {
                        atoms = reader.numAtoms();
                        checkMapping(reader, top);
                        int outAtoms = top != null ? outTopology.numAtoms() : atoms;
                        writer = outTopology != null ? Trajectories.openWriter(out, outTopology)
                                : Trajectories.openWriter(out, outAtoms);
                    } else if (reader.numAtoms() != atoms) {
                        throw new BadInputException(in, "", "holds " + reader.numAtoms() + " atoms per frame but the "
                                + "first input, " + inputs.get(0) + ", holds " + atoms + "; joined trajectories must "
                                + "hold the same atoms");
                    }
                    index = copyFrames(reader, index, top, writer, slice, angle, progress);
                }
                if (index >= slice.end()) {
                    break;
                }
            }
            writer.close();
            return writer.framesWritten();
        } catch (java.io.IOException | RuntimeException e) {
            if (writer != null) {
                writer.abort();
            }
            throw e;
        }
    }

    private static void checkMapping(TrajectoryReader reader, StructureInput top) {
        int[] source = top == null ? null : top.sourceAtomIndex();
        if (source != null) {
            for (int s : source) {
                if (s >= reader.numAtoms()) {
                    throw new BadInputException(reader.path(), "", "the trajectory has " + reader.numAtoms()
                            + " atoms, fewer than the topology's file needs (atom record " + (s + 1) + ")");
                }
            }
        }
    }

    /** Copies one input's chosen frames; returns the frame number after its last frame. */
    private static long copyFrames(TrajectoryReader reader, long firstIndex, StructureInput top,
                                   TrajectoryWriter writer, FrameSlice slice, AngleRangeFilter angle,
                                   ProgressDisplay progress) throws java.io.IOException {
        int[] source = top == null || top.inFileOrder() ? null : top.sourceAtomIndex();
        double[] frame = new double[3 * reader.numAtoms()];
        double[] mapped = new double[3 * writer.numAtoms()];
        long index = firstIndex;
        for (; index < slice.end() && reader.readFrame(frame); index++) {
            progress.update(index + 1, -1, "");
            if (!slice.contains(index)) {
                continue;
            }
            double[] row = frame;
            if (source != null) {
                for (int k = 0; k < mapped.length / 3; k++) {
                    System.arraycopy(frame, 3 * source[k], mapped, 3 * k, 3);
                }
                row = mapped;
            }
            if (angle != null && !angle.accepts(row)) {
                continue;
            }
            if (reader.unitCell().isPresent()) {
                writer.writeFrame(row, reader.unitCell().get());
            } else {
                writer.writeFrame(row);
            }
        }
        return index;
    }
}
