package org.casebridge.cases.personaldetails;

import java.util.Optional;
import java.util.UUID;
import org.casebridge.platform.sealing.TextKeys;
import org.springframework.stereotype.Component;

/**
 * The keys that seal the free text of the stored events (ADR 0058): each case's key of the vault (and each received
 * record's), so that erasing a case's personal details destroys its free text with the children's identities.
 */
@Component
public class CaseTextKeys implements TextKeys {

    private final PersonalDetailsVault vault;

    public CaseTextKeys(PersonalDetailsVault vault) {
        this.vault = vault;
    }

    @Override
    public Optional<byte[]> key(UUID keyId) {
        return vault.textKey(keyId);
    }
}
