package org.passerelle.assistant.understanding;

/** What a question asks for; decides which data the answer is built from. */
public enum Intent {
    GREETING, HELP, FIND_PROGRAMMES, PROGRAMME_DETAILS, ELIGIBILITY, CALLS, FIGURES, PROJECTS, OUT_OF_SCOPE
}
