/**
 * The deployable: wires the feature modules into one Payara Micro application, owns the
 * database connection, the schema migrations, start-up data and health.
 */
package org.agora.app;
