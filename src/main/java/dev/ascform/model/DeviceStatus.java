package dev.ascform.model;

/** Whether a registered device may be put in profiles. Devices are never deleted, only disabled. */
public enum DeviceStatus {
  ENABLED,
  DISABLED
}
