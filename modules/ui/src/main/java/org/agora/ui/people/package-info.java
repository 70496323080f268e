/** The company directory: searching colleagues and reading their profiles. */
package org.agora.ui.people;
