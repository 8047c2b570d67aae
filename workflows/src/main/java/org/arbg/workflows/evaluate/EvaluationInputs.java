package org.arbg.workflows.evaluate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.arbg.workflows.reweight.SampleDirectory;

/**
 * What {@link Evaluation} compares.
 *
 * @param samples            the proposals and their log q
 * @param proposalEnergiesKT the proposals' reduced energies if already known (reweight's energies.npy), so they
 *                           are not evaluated again; one per proposal, kT
 * @param reference          reference trajectory (long MD or replica exchange at the same temperature)
 * @param md                 an MD trajectory to compare with at equal cost
 * @param density            the proposals' density, for the {@link ReferenceConsistency} check
 */
public record EvaluationInputs(SampleDirectory samples, Optional<double[]> proposalEnergiesKT, Path reference,
                               Optional<Path> md, Optional<ProposalDensity> density) {
    public EvaluationInputs {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(reference, "reference");
    }

    /** Proposals against a reference, nothing else. */
    public static EvaluationInputs of(SampleDirectory samples, Path reference) {
        return new EvaluationInputs(samples, Optional.empty(), reference, Optional.empty(), Optional.empty());
    }

    public EvaluationInputs withMd(Optional<Path> trajectory) {
        return new EvaluationInputs(samples, proposalEnergiesKT, reference, trajectory, density);
    }

    public EvaluationInputs withDensity(ProposalDensity d) {
        return new EvaluationInputs(samples, proposalEnergiesKT, reference, md, Optional.of(d));
    }

    public EvaluationInputs withProposalEnergies(double[] reducedEnergiesKT) {
        return new EvaluationInputs(samples, Optional.of(reducedEnergiesKT), reference, md, density);
    }
}
