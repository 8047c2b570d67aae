package org.arbg.adapters.ic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Topology;

/**
 * What a model's token sequence means: the Z-matrix (rows, atom names, digest) and one {@link TokenInfo} per
 * internal coordinate (3N − 6), with its normalisation. Immutable; stored as JSON beside a model (see
 * {@link CoordinateSpecJson}), and compared with {@link #firstDifference} when a model meets a molecule.
 */
@JsonPropertyOrder({"formatVersion", "numAtoms", "zMatrixDigest", "atomNames", "rows", "tokens"})
public final class CoordinateSpec {
    /** Version of the JSON layout. */
    public static final int FORMAT_VERSION = 1;
    /** Smallest bond std (nm): keeps constant (constrained) bonds from dividing by zero. */
    public static final double MIN_BOND_STD_NM = 1e-4;
    /** Smallest angle std (radians), for the same reason. */
    public static final double MIN_ANGLE_STD_RAD = 1e-3;

    private final ZMatrix zMatrix;
    private final List<TokenInfo> tokens;

    /**
     * @throws IllegalArgumentException when the rows are not a valid Z-matrix, the digest does not match
     *                                  them, or the tokens do not follow the rows (count, kind, atom, name)
     */
    @JsonCreator
    public CoordinateSpec(@JsonProperty("formatVersion") int formatVersion,
                          @JsonProperty("numAtoms") int numAtoms,
                          @JsonProperty("zMatrixDigest") String zMatrixDigest,
                          @JsonProperty("atomNames") List<String> atomNames,
                          @JsonProperty("rows") List<ZMatrixRow> rows,
                          @JsonProperty("tokens") List<TokenInfo> tokens) {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("coordinate spec format " + formatVersion + " is not supported (this"
                    + " arbg reads " + FORMAT_VERSION + ")");
        }
        this.zMatrix = new ZMatrix(Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(atomNames,
                "atomNames"));
        if (numAtoms != zMatrix.numAtoms()) {
            throw new IllegalArgumentException("numAtoms " + numAtoms + " but " + zMatrix.numAtoms() + " atom names");
        }
        if (!zMatrix.digest().equals(zMatrixDigest)) {
            throw new IllegalArgumentException("Z-matrix digest " + zMatrixDigest + " does not match its rows ("
                    + zMatrix.digest() + "): the file was edited or damaged");
        }
        this.tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        checkTokens();
    }

    /** A spec for a Z-matrix with the given tokens (their order and atoms must follow the Z-matrix). */
    public CoordinateSpec(ZMatrix zMatrix, List<TokenInfo> tokens) {
        this(FORMAT_VERSION, zMatrix.numAtoms(), zMatrix.digest(), zMatrix.atomNames(), zMatrix.rows(), tokens);
    }

    /**
     * A spec whose bond and angle tokens are normalised by their mean and (population) standard deviation over
     * the given frames, floored at {@link #MIN_BOND_STD_NM} / {@link #MIN_ANGLE_STD_RAD}; torsions get mean 0,
     * std 1.
     *
     * @param topology  the molecule (residue and atom names for the tokens); must match the Z-matrix
     * @param zMatrix   its Z-matrix
     * @param xyzNm     numFrames × N × 3 positions in nm
     * @param numFrames at least 1
     * @throws BadInputException on NaN positions or a wrong array size
     */
    public static CoordinateSpec fromFrames(Topology topology, ZMatrix zMatrix, double[] xyzNm, int numFrames) {
        if (numFrames < 1) {
            throw new BadInputException("coordinates", "", "need at least one frame to estimate normalisation");
        }
        InternalFrames ic = new InternalCoordinateTransform(zMatrix).toInternal(xyzNm, numFrames);
        int m = zMatrix.numTokens();
        double[] mean = new double[m];
        double[] std = new double[m];
        for (int j = 0; j < m; j++) {
            if (zMatrix.kindOfToken(j).periodic()) {
                std[j] = 1;
                continue;
            }
            double s = 0;
            for (int f = 0; f < numFrames; f++) {
                s += ic.value(f, j);
            }
            mean[j] = s / numFrames;
            double ss = 0;
            for (int f = 0; f < numFrames; f++) {
                double d = ic.value(f, j) - mean[j];
                ss += d * d;
            }
            double floor = zMatrix.kindOfToken(j) == TokenKind.BOND ? MIN_BOND_STD_NM : MIN_ANGLE_STD_RAD;
            std[j] = Math.max(Math.sqrt(ss / numFrames), floor);
        }
        return new CoordinateSpec(zMatrix, tokens(topology, zMatrix, mean, std));
    }

    /** A spec with identity normalisation (mean 0, std 1) for every token. */
    public static CoordinateSpec unnormalised(Topology topology, ZMatrix zMatrix) {
        double[] std = new double[zMatrix.numTokens()];
        java.util.Arrays.fill(std, 1);
        return new CoordinateSpec(zMatrix, tokens(topology, zMatrix, new double[std.length], std));
    }

    private static List<TokenInfo> tokens(Topology topology, ZMatrix z, double[] mean, double[] std) {
        if (topology.numAtoms() != z.numAtoms()) {
            throw new BadInputException("topology", "", "has " + topology.numAtoms() + " atoms, the Z-matrix "
                    + z.numAtoms());
        }
        List<TokenInfo> out = new ArrayList<>(z.numTokens());
        for (int j = 0; j < z.numTokens(); j++) {
            Atom a = topology.atom(z.row(z.rowOfToken(j)).atom());
            if (!a.name().equals(z.atomNames().get(a.index()))) {
                throw new BadInputException("topology", topology.describeAtom(a.index()), "is named "
                        + z.atomNames().get(a.index()) + " in the Z-matrix: they describe different molecules");
            }
            out.add(new TokenInfo(j, z.kindOfToken(j), a.index(), a.residueIndex(),
                    topology.residue(a.residueIndex()).name(), a.name(), mean[j], std[j]));
        }
        return out;
    }

    @JsonProperty("formatVersion")
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    @JsonProperty("numAtoms")
    public int numAtoms() {
        return zMatrix.numAtoms();
    }

    @JsonProperty("zMatrixDigest")
    public String zMatrixDigest() {
        return zMatrix.digest();
    }

    @JsonProperty("atomNames")
    public List<String> atomNames() {
        return zMatrix.atomNames();
    }

    @JsonProperty("rows")
    public List<ZMatrixRow> rows() {
        return zMatrix.rows();
    }

    /** The 3N − 6 tokens in sequence order. */
    @JsonProperty("tokens")
    public List<TokenInfo> tokens() {
        return tokens;
    }

    @JsonIgnore
    public ZMatrix zMatrix() {
        return zMatrix;
    }

    @JsonIgnore
    public int numTokens() {
        return tokens.size();
    }

    /**
     * The first structural difference from another spec (normalisation is ignored), or empty when a model
     * trained with one can be used with the other: same atoms, same Z-matrix, same token sequence.
     */
    public Optional<String> firstDifference(CoordinateSpec other) {
        int common = Math.min(tokens.size(), other.tokens.size());
        for (int j = 0; j < common; j++) {
            TokenInfo a = tokens.get(j);
            TokenInfo b = other.tokens.get(j);
            if (a.kind() != b.kind() || a.atom() != b.atom() || a.residueIndex() != b.residueIndex()
                    || !a.residueName().equals(b.residueName()) || !a.atomName().equals(b.atomName())) {
                return Optional.of("token " + j + " differs: " + describe(a) + " here, " + describe(b) + " there");
            }
        }
        if (tokens.size() != other.tokens.size()) {
            return Optional.of("token " + common + " differs: " + (common < tokens.size()
                    ? describe(tokens.get(common)) + " here, none there" : "none here, "
                    + describe(other.tokens.get(common)) + " there") + " (" + tokens.size() + " tokens for "
                    + numAtoms() + " atoms here, " + other.tokens.size() + " for " + other.numAtoms() + " there)");
        }
        for (int k = 0; k < zMatrix.numAtoms(); k++) {
            ZMatrixRow a = zMatrix.row(k);
            ZMatrixRow b = other.zMatrix.row(k);
            if (!a.equals(b)) {
                int j = k == 0 ? 0 : ZMatrix.firstToken(k);
                return Optional.of("token " + j + " differs: " + describe(tokens.get(j))
                        + " is placed with references " + refs(a) + " here, " + refs(b) + " there");
            }
        }
        if (!atomNames().equals(other.atomNames())) {
            for (int i = 0; i < numAtoms(); i++) {
                if (!atomNames().get(i).equals(other.atomNames().get(i))) {
                    return Optional.of("atom " + i + " is named " + atomNames().get(i) + " here, "
                            + other.atomNames().get(i) + " there");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Throws unless {@link #firstDifference} finds none.
     *
     * @param source names the other spec in the message (e.g. the model file)
     * @throws BadInputException "model trained for another molecule", naming the first differing token
     */
    public void requireCompatible(CoordinateSpec other, String source) {
        Optional<String> d = firstDifference(other);
        if (d.isPresent()) {
            throw new BadInputException(source, "", "was made for another molecule or Z-matrix: " + d.get()
                    + " (digest " + zMatrixDigest().substring(0, 12) + " here, " + other.zMatrixDigest()
                    .substring(0, 12) + " there)");
        }
    }

    private String describe(TokenInfo t) {
        return t.kind() + " of atom " + t.atom() + " " + t.atomName() + " (" + t.residueName() + " residue "
                + t.residueIndex() + ")";
    }

    private String refs(ZMatrixRow r) {
        return "[" + r.bond() + ", " + r.angle() + ", " + r.torsion() + "]";
    }

    private void checkTokens() {
        if (tokens.size() != zMatrix.numTokens()) {
            throw new IllegalArgumentException(tokens.size() + " tokens for " + zMatrix.numAtoms() + " atoms; expected "
                    + zMatrix.numTokens());
        }
        for (int j = 0; j < tokens.size(); j++) {
            TokenInfo t = tokens.get(j);
            int atom = zMatrix.row(zMatrix.rowOfToken(j)).atom();
            if (t.index() != j || t.kind() != zMatrix.kindOfToken(j) || t.atom() != atom
                    || !t.atomName().equals(zMatrix.atomNames().get(atom))) {
                throw new IllegalArgumentException("token " + j + " is " + t + " but the Z-matrix expects "
                        + zMatrix.kindOfToken(j) + " of atom " + atom + " " + zMatrix.atomNames().get(atom));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoordinateSpec s && zMatrix.equals(s.zMatrix) && tokens.equals(s.tokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zMatrix, tokens);
    }

    @Override
    public String toString() {
        return "CoordinateSpec[" + numAtoms() + " atoms, " + numTokens() + " tokens, Z-matrix "
                + zMatrixDigest().substring(0, 12) + "]";
    }
}
