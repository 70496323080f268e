/** The surveys' own rules: input checks, who is asked and who owns, the anonymity rules, SQL. */
package org.agora.surveys.control;
