/**
 * The applicants' pages, open without login: the assistant, the programme catalogue and pages, and the
 * eligibility simulator. They read published data only, through the backend and assistant services.
 */
package org.passerelle.ui.pub;
