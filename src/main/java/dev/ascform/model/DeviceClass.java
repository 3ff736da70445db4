package dev.ascform.model;

/** A device's class, as Apple's OpenAPI {@code Device.deviceClass}. */
public enum DeviceClass {
  APPLE_VISION_PRO,
  APPLE_WATCH,
  IPAD,
  IPHONE,
  IPOD,
  APPLE_TV,
  MAC
}
