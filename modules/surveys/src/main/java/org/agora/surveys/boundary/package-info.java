/** Creating and listing surveys, answering them, and their results, as services and over REST. */
package org.agora.surveys.boundary;
