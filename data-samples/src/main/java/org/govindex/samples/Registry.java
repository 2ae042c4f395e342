package org.govindex.samples;

import java.util.ArrayList;
import java.util.List;

/** The generated unit registry, in code order. */
public record Registry(
    List<District> districts,
    List<Street> streets,
    List<Community> communities,
    List<Department> departments,
    String ambiguousCommunityName) {

  public Registry {
    districts = List.copyOf(districts);
    streets = List.copyOf(streets);
    communities = List.copyOf(communities);
    departments = List.copyOf(departments);
  }

  /** 常住人口 of each street (sum over its communities), indexed by {@link Street#index()}. */
  public int[] streetPopulation() {
    int[] population = new int[streets.size()];
    for (Community community : communities) {
      population[community.street().index()] += community.population();
    }
    return population;
  }

  public List<Street> streetsOf(District district) {
    List<Street> result = new ArrayList<>();
    for (Street street : streets) {
      if (street.district().equals(district)) {
        result.add(street);
      }
    }
    return result;
  }

  public List<Community> communitiesOf(Street street) {
    List<Community> result = new ArrayList<>();
    for (Community community : communities) {
      if (community.street().code().equals(street.code())) {
        result.add(community);
      }
    }
    return result;
  }

  public List<Department> departmentsOf(District district) {
    List<Department> result = new ArrayList<>();
    for (Department department : departments) {
      if (department.district().code().equals(district.code())) {
        result.add(department);
      }
    }
    return result;
  }
}
