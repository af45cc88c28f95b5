/**
 * 职代会和厂务公开检查: the yearly workplace-democracy check of every unionised enterprise (Trade
 * Union Law arts 20, 36-39; Labour Contract Law art 4; Company Law 2023 arts 68, 69, 76, 120, 121,
 * 130; Provisions on Enterprise Democratic Management 2012). So far it holds the rules a check
 * applies (DMN workplace-democracy-compliance, fed by {@link org.workright.democracy.DemocracyRules});
 * the process, its tables, letters and figures come with it.
 */
package org.workright.democracy;
