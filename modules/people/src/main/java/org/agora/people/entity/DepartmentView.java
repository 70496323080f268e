package org.agora.people.entity;

/** A department with its place in the tree and how many active people it has. */
public record DepartmentView(long id, String name, Long parentId, long people) {}
