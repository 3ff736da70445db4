package dev.ascform.model;

import java.util.List;
import java.util.Optional;

/**
 * Which devices a profile includes. Resolve it with {@link DesiredState#devicesOf(ProfileSpec)}:
 * only enabled devices whose platform the profile type accepts are ever included.
 */
public sealed interface DeviceSelection {

  /** The devices with these local names ({@code []} for profiles that take no devices). */
  record Named(List<String> keys) implements DeviceSelection {
    public Named {
      keys = List.copyOf(keys);
    }
  }

  /** Every declared device ({@code devices: all}). */
  record All() implements DeviceSelection {}

  /** Declared devices matching every given criterion; a device needs all listed tags. */
  record Selector(
      Optional<BundleIdPlatform> platform, Optional<DeviceClass> deviceClass, List<String> tags)
      implements DeviceSelection {
    public Selector {
      platform = platform == null ? Optional.empty() : platform;
      deviceClass = deviceClass == null ? Optional.empty() : deviceClass;
      tags = List.copyOf(tags);
    }

    /** Whether a device matches this selector (status and profile type are not considered). */
    public boolean matches(DeviceSpec d) {
      return platform.map(p -> p == d.platform()).orElse(true)
          && deviceClass.map(c -> d.deviceClass().equals(Optional.of(c))).orElse(true)
          && d.tags().containsAll(tags);
    }
  }

  /** No devices: {@code devices} was left out. */
  static DeviceSelection none() {
    return new Named(List.of());
  }
}
