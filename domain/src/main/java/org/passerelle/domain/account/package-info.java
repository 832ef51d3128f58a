/**
 * The accounts of the people who manage the data, and their roles. Passwords are only ever stored hashed.
 */
package org.passerelle.domain.account;
