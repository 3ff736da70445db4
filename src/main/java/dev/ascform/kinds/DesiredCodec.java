package dev.ascform.kinds;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.ascform.model.BuildSelection;
import dev.ascform.model.CertificateSelection;
import dev.ascform.model.DeviceSelection;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The kinds' typed desired values ({@link Change#desired}) as JSON and back, for plan files: a
 * saved plan holds exactly what {@code apply FILE} writes, and apply never derives it from the
 * configuration again.
 *
 * <p>A value is decoded by the type its kind declares ({@code KindOps<D, L>}'s {@code D}), never by
 * a class name written in the file: a plan file is input, and must not choose what gets
 * instantiated.
 */
public final class DesiredCodec {
  private final ObjectMapper mapper;
  private final Map<String, JavaType> types = new HashMap<>();

  /** A codec for these kinds' values. */
  public DesiredCodec(Collection<? extends KindOps<?, ?>> kinds) {
    SimpleModule module = new SimpleModule("ascform-desired");
    // durations as ISO-8601; a config file's path as written (relative stays relative), not as an
    // absolute URI
    module.addSerializer(Duration.class, new ToStringSerializer(Duration.class));
    module.addDeserializer(Duration.class, parsed(Duration::parse));
    module.addSerializer(Path.class, new ToStringSerializer(Path.class));
    module.addDeserializer(Path.class, parsed(Path::of));
    module.addKeyDeserializer(Address.class, new AddressKeyDeserializer());
    module.setMixInAnnotation(DeviceSelection.class, DeviceSelectionForms.class);
    module.setMixInAnnotation(CertificateSelection.class, CertificateSelectionForms.class);
    module.setMixInAnnotation(BuildSelection.class, BuildSelectionForms.class);
    mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(module)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    for (KindOps<?, ?> k : kinds) {
      JavaType[] params = mapper.getTypeFactory().findTypeParameters(k.getClass(), KindOps.class);
      types.put(k.name(), params[0]);
    }
  }

  /** The change's value as a JSON tree. */
  public Object encode(Change c, Object value) {
    return mapper.valueToTree(value);
  }

  /**
   * The change's value, read from its JSON form as the type of the change's kind.
   *
   * @throws IllegalArgumentException when the kind is unknown or the value does not fit it
   */
  public Object decode(Change c, Object json) {
    JavaType type = types.get(c.kind());
    if (type == null) {
      throw new IllegalArgumentException(
          "the plan changes " + c.address() + ", of a kind this ascform does not know");
    }
    try {
      return mapper.convertValue(json, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the plan's value for " + c.address() + " does not fit its kind: " + e.getMessage(), e);
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "form")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = DeviceSelection.Named.class, name = "named"),
    @JsonSubTypes.Type(value = DeviceSelection.All.class, name = "all"),
    @JsonSubTypes.Type(value = DeviceSelection.Selector.class, name = "selector")
  })
  private interface DeviceSelectionForms {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "form")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = CertificateSelection.Named.class, name = "named"),
    @JsonSubTypes.Type(value = CertificateSelection.AllOfType.class, name = "all_of_type")
  })
  private interface CertificateSelectionForms {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "form")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = BuildSelection.Listed.class, name = "listed"),
    @JsonSubTypes.Type(value = BuildSelection.Latest.class, name = "latest")
  })
  private interface BuildSelectionForms {}

  /** Reads a value written as its {@code toString()} back with {@code parse}. */
  private static <T> JsonDeserializer<T> parsed(Function<String, T> parse) {
    return new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return parse.apply(p.getValueAsString());
      }
    };
  }

  private static final class AddressKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      return Address.parse(key);
    }
  }
}
