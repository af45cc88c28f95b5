package org.workright.letters;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger: archived letters cannot be changed or deleted. */
public final class ImmutableLetterTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("archived letters are immutable");
    }
}
