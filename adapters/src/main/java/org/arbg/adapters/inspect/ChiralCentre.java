package org.arbg.adapters.inspect;

import java.util.Objects;

/**
 * A tetrahedral stereocentre of a structure.
 *
 * @param atomIndex  index of the centre atom in the topology
 * @param label      CIP descriptor "R" or "S" (CDK's CIPTool, bonds taken as single), or "?" when the rules give
 *                   no answer (e.g. ties CDK cannot break)
 * @param handedness +1 or -1: the sign of the signed volume (a-c)·((b-c)×(d-c)) of the centre c and its three
 *                   lowest-indexed neighbours a &lt; b &lt; d. Independent of CIP, so it compares conformations of
 *                   one topology directly (a sampled structure keeps its chirality iff the sign is unchanged)
 * @param description the centre atom as messages name it ("ALA 2 chain X atom CA (index 8)")
 */
public record ChiralCentre(int atomIndex, String label, int handedness, String description) {
    public ChiralCentre {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if (handedness != 1 && handedness != -1) {
            throw new IllegalArgumentException("handedness must be +1 or -1");
        }
    }
}
