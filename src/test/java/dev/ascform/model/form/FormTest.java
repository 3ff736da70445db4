package dev.ascform.model.form;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {
  static final Def NAME = new Def("Name", Text.matching("^[a-z]+$"));
  static final Def TAG = new Def("Tag", Text.nonEmpty().describe("a tag"));
  static final Section THINGS =
      new Section(
          "things",
          "Things, by local name.",
          new Def(
              "Thing",
              Obj.of(
                  required("label", Text.nonEmpty()),
                  optional("tags", ListOf.of(Ref.to(TAG)).unique()),
                  optional("owner", LocalName.in("people")),
                  optional(
                      "size",
                      Obj.of(
                          optional("width", Num.whole(1L, null)),
                          optional("unit", Choice.of("cm")))),
                  optional("on", Flag.plain()))));

  static Document doc(Section... sections) {
    return new Document(
        "id",
        "title",
        "description",
        NAME,
        List.of(),
        List.of(sections).stream().map(Document.Part::of).toList());
  }

  @Test
  void anEntryListsItsFieldsInDeclaredOrder() {
    Entry e = THINGS.entry().put("on", true).put("tags", List.of("a")).put("label", "x");
    assertThat(List.copyOf(e.build().keySet())).containsExactly("label", "tags", "on");
  }

  @Test
  void anEntryRefusesAFieldItsSectionDoesNotDeclare() {
    assertThatThrownBy(() -> THINGS.entry().put("colour", "red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("things declares no field \"colour\"");
    assertThatThrownBy(() -> THINGS.entry().nested("size").put("height", 3))
        .hasMessage("things.size declares no field \"height\"");
    assertThatThrownBy(() -> THINGS.entry().nested("label"))
        .hasMessage("things.label holds no object");
  }

  @Test
  void nestedObjectsAreOrderedByTheirOwnDeclaration() {
    Map<String, Object> size =
        THINGS.entry().nested("size").put("unit", "cm").put("width", 3).build();
    assertThat(List.copyOf(size.keySet())).containsExactly("width", "unit");
  }

  @Test
  void listItemsAndOneOfFormsAreBuiltThroughTheirDeclarations() {
    Def ref =
        new Def("Ref", Obj.of(required("version", Text.any()), optional("build", Text.any())));
    Obj group =
        Obj.of(
            optional(
                "builds",
                Ref.to(
                    new Def(
                        "Builds",
                        OneOf.of(
                            "a list, or the latest",
                            ListOf.of(Ref.to(ref)),
                            Obj.of(required("latest", Text.any())))))),
            optional("name", Text.any()));
    Entry e = group.entry();
    assertThat(
            List.copyOf(e.item("builds").put("build", "7").put("version", "1.0").build().keySet()))
        .containsExactly("version", "build");
    assertThat(e.nested("builds").put("latest", "1.0").build()).containsEntry("latest", "1.0");
    assertThatThrownBy(() -> e.item("name")).hasMessage("an object.name holds no list of objects");
    assertThatThrownBy(() -> e.item("builds").put("platform", "IOS"))
        .hasMessage("an object.builds[] declares no field \"platform\"");
  }

  @Test
  void enumsAreWrittenByName() {
    assertThat(THINGS.entry().put("label", Thread.State.NEW).build()).containsEntry("label", "NEW");
  }

  @Test
  void aDefinitionIsWrittenOnceAfterWhatItUses() {
    JsonNode s = SchemaWriter.schema(doc(THINGS));
    assertThat(iterable(s.get("$defs").fieldNames())).containsExactly("Name", "Tag", "Thing");
    assertThat(s.at("/properties/things/propertyNames/$ref").asText()).isEqualTo("#/$defs/Name");
    assertThat(s.at("/properties/things/additionalProperties/$ref").asText())
        .isEqualTo("#/$defs/Thing");
    assertThat(s.at("/$defs/Thing/required").toString()).isEqualTo("[\"label\"]");
    assertThat(s.at("/$defs/Thing/properties/owner/$ref").asText()).isEqualTo("#/$defs/Name");
    assertThat(s.at("/$defs/Thing/properties/size/properties/width/minimum").asInt()).isEqualTo(1);
    assertThat(s.at("/$defs/Thing/properties/tags/uniqueItems").asBoolean()).isTrue();
  }

  @Test
  void oneOfMergesItsFormsByJsonType() {
    Def pick =
        new Def(
            "Pick",
            OneOf.of(
                "names or a selector",
                ListOf.of(LocalName.key()).atLeast(1),
                Text.matching("^all$"),
                Obj.of(required("kind", Text.any())).atLeast(1)));
    Section s =
        new Section(
            "picks", "Picks.", new Def("PickEntry", Obj.of(required("pick", Ref.to(pick)))));
    JsonNode p = SchemaWriter.schema(doc(s)).at("/$defs/Pick");
    assertThat(p.get("type").toString()).isEqualTo("[\"array\",\"string\",\"object\"]");
    assertThat(p.get("pattern").asText()).isEqualTo("^all$");
    assertThat(p.get("minItems").asInt()).isEqualTo(1);
    assertThat(p.get("minProperties").asInt()).isEqualTo(1);
    assertThat(p.get("additionalProperties").asBoolean()).isFalse();
  }

  @Test
  void twoDefinitionsOfOneNameAreRefused() {
    Section other =
        new Section(
            "others",
            "Others.",
            new Def("Other", Obj.of(optional("tag", Ref.to(new Def("Tag", Flag.plain()))))));
    assertThatThrownBy(() -> SchemaWriter.schema(doc(THINGS, other)))
        .hasMessage("two definitions named Tag");
  }

  static <T> Iterable<T> iterable(Iterator<T> it) {
    return () -> it;
  }
}
