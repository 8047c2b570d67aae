package org.arbg.energy.forcefield;

import java.util.Optional;
import org.arbg.adapters.io.Sha256;

/**
 * The {@code <Script>} blocks arbg knows. OpenMM's {@code implicit/obc1.xml} and {@code obc2.xml} carry a
 * Python script that builds a CustomGBForce (customgbforces.py's GBSAOBC1Force / GBSAOBC2Force with
 * mbondi2 radii and ACE surface area). arbg never executes a script: it recognises these two by the
 * SHA-256 of their text (line endings normalised, trimmed) and builds the same force in Java.
 */
public enum ImplicitSolventScript {
    /** Amber igb=2: GBSAOBC1Force. */
    OBC1("3fc05dd2664efc9ec1158380c70ca924c4d13e3acce1691ece6a567040f1fca2"),
    /** Amber igb=5: GBSAOBC2Force. */
    OBC2("79de832f361215451d1a6da3daeae89be25027745ea32ea5b70e023db2ebce63");

    private final String sha256;

    ImplicitSolventScript(String sha256) {
        this.sha256 = sha256;
    }

    /** The known script with exactly this text, if any. */
    public static Optional<ImplicitSolventScript> recognise(String scriptText) {
        String hash = Sha256.hex(scriptText.replace("\r\n", "\n").strip());
        for (ImplicitSolventScript s : values()) {
            if (s.sha256.equals(hash)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

}
