/**
 * The casework kernel every process fills in: how a process declares itself once
 * ({@link org.workright.casework.CaseworkProcess}: its keys, case prefix, roles with what each may
 * do, demo people, tables), read by everything that used to list the processes by hand (roles and
 * authorizations, demo users, the security chains, the module and model checks); the start guard
 * that ties one instance to one case on record; typed reads of process variables; and the
 * bad-input exception a step answers with 400. Owns no table.
 */
package org.workright.casework;
