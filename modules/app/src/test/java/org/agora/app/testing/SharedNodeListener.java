package org.agora.app.testing;

import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Stops the shared node as soon as a class that is not a {@link SharedNode} class starts, and at
 * the end of the run: the classes with nodes of their own then have the database, Elasticsearch
 * and the two cores to themselves (a running node would relay their outbox rows, for one).
 */
public class SharedNodeListener implements TestExecutionListener {

  @Override
  public void executionStarted(TestIdentifier identifier) {
    identifier.getSource()
        .filter(ClassSource.class::isInstance)
        .map(source -> ((ClassSource) source).getJavaClass())
        .filter(type -> !AnnotationSupport.isAnnotated(type, SharedNode.class))
        .ifPresent(type -> SharedNodeExtension.stop());
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    SharedNodeExtension.stop();
  }
}
