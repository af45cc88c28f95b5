/**
 * 集体合同报送审查: collective-contract filing and review (Labour Law arts 33-35, Labour Contract
 * Law arts 51-56, Collective Contract Provisions 2004, Yunnan Collective Contract Regulations).
 * So far it holds the rules a filing is checked against before it is accepted; the process, its
 * tables and endpoints come with it.
 */
package org.workright.contracts;
