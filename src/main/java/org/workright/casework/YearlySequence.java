package org.workright.casework;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbers per name and year (letter numbers, case numbers). The UPDATE locks the counter
 * row until the caller's transaction ends: concurrent callers queue, and a rollback returns the
 * number, so the sequence has neither gaps nor duplicates.
 */
@Component
public class YearlySequence {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    YearlySequence(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Takes the next number; must run inside the transaction that uses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String name, int year) {
        if (increment(name, year) == 0) {
            createCounter(name, year);
            if (increment(name, year) == 0) {
                throw new IllegalStateException("Counter " + name + "/" + year + " could not be created");
            }
        }
        return jdbc.sql("select last_value from sequence_counter where name = ? and counter_year = ?")
                .params(name, year).query(Integer.class).single();
    }

    private int increment(String name, int year) {
        return jdbc.sql("update sequence_counter set last_value = last_value + 1 where name = ? and counter_year = ?")
                .params(name, year).update();
    }

    /** In its own transaction, so a lost race (duplicate key) does not abort the caller's. */
    private void createCounter(String name, int year) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc
                    .sql("insert into sequence_counter (name, counter_year, last_value) values (?, ?, 0)")
                    .params(name, year).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another transaction created it first: fine, it starts at 0 either way
        }
    }
}
