/**
 * Users, groups and security: roles as Camunda groups, login against Camunda's identity store,
 * the security filter chains, Camunda authorizations and Tasklist filters, demo users, and the
 * resident ID number rules.
 */
package org.workright.people;
