/**
 * The casework kernel every process fills in: how a process declares itself once
 * ({@link org.workright.casework.CaseworkProcess}: its keys, case prefix, roles with what each may
 * do, demo people, tables, letters, the tasks an enterprise is a party to), read by everything
 * that used to list the processes by hand (roles and authorizations, demo users, the security
 * chains, the module and model checks); case numbers and the gapless yearly sequences behind them
 * (owns {@code sequence_counter}); deadlines in one shape, from the statutory calendar; the start
 * guard that ties one instance to one case on record; per-case engine read access and the
 * enterprise-as-party listener; typed reads of process variables; and the bad-input exception a
 * step answers with 400.
 */
package org.workright.casework;
