/**
 * Cross-cutting plumbing: the deployer of processes/ and forms/, the engine-following clock and
 * the China time zone, problem+json errors, rate limits and request limits.
 */
package org.workright.system;
