package org.agora.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new department, optionally below a parent. */
public class DepartmentRequest {
  @NotBlank @Size(max = 120) public String name;
  public Long parentId;
}
