/**
 * The enterprise register: enterprises by unified social credit code (GB 32100-2015, checked),
 * their representatives, and one file per enterprise (一企一档) assembled from what every process
 * contributes. Owns the tables enterprise and enterprise_user.
 */
package org.workright.enterprises;
