/**
 * 集体合同报送审查: collective-contract filing and review (Labour Law arts 33-35, Labour Contract
 * Law arts 51-56, Collective Contract Provisions 2004, Yunnan Collective Contract Regulations): the
 * rules a filing is checked against, the filing itself with its documents (an enterprise's, or a
 * union's regional one), the labour bureau's review by district with the union heard, the contract
 * taking effect, its publication, renewal and expiry, its letters, and the figures the federation
 * reports. Owns the collective_contract tables.
 */
package org.workright.contracts;
