package org.arbg.model.io;

import org.arbg.adapters.ic.TokenInfo;
import org.arbg.adapters.ic.TokenKind;

/** JSON form of a {@link TokenInfo} (kept separate so the file format does not follow the record's methods). */
public record TokenEntry(int index, TokenKind kind, int atom, int residueIndex, String residueName, String atomName,
                         double mean, double std) {
    static TokenEntry of(TokenInfo t) {
        return new TokenEntry(t.index(), t.kind(), t.atom(), t.residueIndex(), t.residueName(), t.atomName(),
                t.mean(), t.std());
    }

    TokenInfo toInfo() {
        return new TokenInfo(index, kind, atom, residueIndex, residueName, atomName, mean, std);
    }
}
