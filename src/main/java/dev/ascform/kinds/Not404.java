package dev.ascform.kinds;

import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.ErrorStatus;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads that answer "does not exist" with empty instead of a 404 error. */
final class Not404 {
  private Not404() {}

  static <T> Optional<T> read(Supplier<T> read) {
    try {
      return Optional.ofNullable(read.get());
    } catch (AppleApiException e) {
      if (e.is(ErrorStatus.NOT_FOUND)) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
