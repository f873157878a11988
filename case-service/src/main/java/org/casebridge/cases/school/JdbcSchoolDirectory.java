package org.casebridge.cases.school;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the {@code school} table that {@link SchoolReferenceLoader} fills. */
@Component
public class JdbcSchoolDirectory implements SchoolDirectory {

    private final JdbcTemplate jdbc;

    public JdbcSchoolDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<School> find(String urn) {
        return jdbc
                .query(
                        """
                        SELECT urn, name, local_authority_code, local_authority_name, force_code, force_name, short_code
                        FROM school WHERE urn = ?""",
                        (rs, row) -> new School(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)),
                        urn)
                .stream()
                .findFirst();
    }
}
