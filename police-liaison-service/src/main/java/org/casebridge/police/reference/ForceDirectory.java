package org.casebridge.police.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forces Casebridge knows, by force code: built-in defaults, overridden or extended by configuration. */
public final class ForceDirectory {

    /**
     * The built-in forces. The crime reference formats are illustrative: confirm each with the force and override
     * it under {@code casebridge.police.forces}.
     */
    public static final List<Force> DEFAULT_FORCES = List.of(
            Force.of("MPS", "Metropolitan Police Service", "\\d{7}/\\d{2}", "4012345/26"),
            Force.of("WMP", "West Midlands Police", "\\d{2}/\\d{6}/\\d{2}", "20/123456/26"),
            Force.of("GMP", "Greater Manchester Police", "CRI/\\d{2}/[A-Z]\\d{6}/\\d{2}", "CRI/06/A123456/26"),
            Force.of("WYP", "West Yorkshire Police", "\\d{2}[A-Z]{2}\\d{6}", "13AB123456"),
            Force.of("SWP", "South Wales Police", "\\d{4}[A-Z]{2}\\d{6}", "2026SW004217"),
            Force.of("TVP", "Thames Valley Police", "\\d{8}", "43261234"),
            Force.of("DPP", "Dyfed-Powys Police", "DP-\\d{8}-\\d{4}", "DP-20261128-0042"));

    private final Map<String, Force> byCode;

    private ForceDirectory(Collection<Force> forces) {
        Map<String, Force> map = new LinkedHashMap<>();
        forces.forEach(force -> map.put(force.code(), force));
        this.byCode = Map.copyOf(map);
    }

    /** The defaults with {@code overrides} replacing (same code) or adding forces. */
    public static ForceDirectory of(Collection<Force> overrides) {
        Map<String, Force> merged = new LinkedHashMap<>();
        DEFAULT_FORCES.forEach(force -> merged.put(force.code(), force));
        overrides.forEach(force -> merged.put(force.code(), force));
        return new ForceDirectory(merged.values());
    }

    public static ForceDirectory defaults() {
        return of(List.of());
    }

    public Optional<Force> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Force> all() {
        return byCode.values();
    }
}
