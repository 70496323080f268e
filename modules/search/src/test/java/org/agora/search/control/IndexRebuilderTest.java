package org.agora.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexRebuilderTest {

  @Test
  void anIndexIsOfTheMappingVersionItsNameSays() {
    PeopleIndex people = new PeopleIndex();
    assertThat(people.versionedName()).isEqualTo("agora-people-v3");
    assertThat(IndexRebuilder.ofVersion("agora-people-v3", people)).isTrue();
    assertThat(IndexRebuilder.ofVersion("agora-people-v3-20261206120000000", people)).isTrue();
    assertThat(IndexRebuilder.ofVersion("agora-people-v2", people)).isFalse();
    assertThat(IndexRebuilder.ofVersion("agora-people-v2-20261206120000000", people)).isFalse();
    assertThat(IndexRebuilder.ofVersion("agora-people-v30", people)).isFalse();
  }

  @Test
  void everyMappingOfTheCurrentVersionIsOnTheClassPath() {
    for (IndexDefinition definition : new IndexDefinition[] {
        new PeopleIndex(), new ActivitiesIndex(), new CommunitiesIndex(), new BookmarksIndex()}) {
      assertThat(IndexDefinition.class.getResource(definition.mappingResource())).as(definition.mappingResource()).isNotNull();
    }
  }
}
