/** Surveys, questions, answers and results as their readers see them, and what the module tells others. */
package org.agora.surveys.entity;
