/**
 * Cross-cutting plumbing: the deployer of processes/ and forms/, the engine-following clock,
 * gapless yearly sequences, typed process-variable reads and problem+json errors.
 */
package org.workright.system;
