/**
 * Official letters for every process: Velocity rendering (secure, strict, escaped), gapless
 * numbering per kind and year, and the immutable archive (table letter) with its endpoints.
 * Processes call {@link org.workright.letters.LetterService#issue} and implement
 * {@link org.workright.letters.CaseAccess} for their case references.
 */
package org.workright.letters;
