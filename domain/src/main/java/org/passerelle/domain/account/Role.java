package org.passerelle.domain.account;

/**
 * What an account may do. {@link #ADMIN}: everything, including import/export and accounts;
 * {@link #MANAGER}: programmes, calls, organisations, projects; {@link #REVIEWER}: read all and move
 * projects through their workflow; {@link #VIEWER}: read all.
 */
public enum Role {
    ADMIN,
    MANAGER,
    REVIEWER,
    VIEWER
}
