/** People: accounts and how they sign in, profiles, departments. */
package org.agora.people;
