/**
 * Cross-cutting plumbing: the deployer of processes/ and forms/, the engine-following clock,
 * gapless yearly sequences, problem+json errors, rate limits and request limits.
 */
package org.workright.system;
