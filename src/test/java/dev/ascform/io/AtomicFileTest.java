package dev.ascform.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesANewFileAndLeavesOnlyIt() throws IOException {
    Path target = dir.resolve("state.json");
    AtomicFile.at(target).write("{}".getBytes(UTF_8));
    assertThat(target).hasContent("{}");
    assertThat(names()).containsExactly("state.json");
  }

  @Test
  void replacesTheContentOfAnExistingFile() throws IOException {
    Path target = dir.resolve("state.json");
    Files.writeString(target, "old and longer than the new content");
    AtomicFile.at(target).write("new".getBytes(UTF_8));
    assertThat(target).hasContent("new");
    assertThat(names()).containsExactly("state.json");
  }

  @Test
  void aFailingWriteLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("state.json");
    Files.writeString(target, "old");
    assertThatThrownBy(
            () ->
                AtomicFile.at(target)
                    .write(
                        out -> {
                          out.write("half of the new".getBytes(UTF_8));
                          out.flush();
                          throw new GeneralSecurityException("keystore failed");
                        }))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessage("keystore failed");
    assertThat(target).hasContent("old");
    assertThat(names()).containsExactly("state.json");
  }

  @Test
  void aFailedRenameLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside"), "x"); // a non-empty directory cannot be replaced
    assertThatThrownBy(() -> AtomicFile.at(target).write("new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);
    assertThat(target.resolve("inside")).hasContent("x");
    assertThat(names()).containsExactly("taken");
  }

  @Test
  void ownerOnlyFilesAreReadableByTheirOwnerOnly() throws IOException {
    Path target = dir.resolve("key.p12");
    AtomicFile.ownerOnly(target).write(new byte[] {1, 2, 3});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
    assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
  }

  @Test
  void aNamedTemporaryFileIsOverwrittenAndGoneAfterwards() throws IOException {
    Path target = dir.resolve("report.tsv");
    Path part = dir.resolve("report.tsv.part");
    Files.writeString(part, "a leftover of an interrupted run, longer than the report");
    AtomicFile.at(target).temp(part).write("report".getBytes(UTF_8));
    assertThat(target).hasContent("report");
    assertThat(names()).containsExactly("report.tsv");
  }

  @Test
  void aNamedTemporaryFileIsDeletedWhenWritingFails() throws IOException {
    Path target = dir.resolve("report.tsv");
    Path part = dir.resolve("report.tsv.part");
    assertThatThrownBy(
            () ->
                AtomicFile.at(target)
                    .temp(part)
                    .write(
                        out -> {
                          out.write('x');
                          throw new IOException("connection reset");
                        }))
        .hasMessage("connection reset");
    assertThat(names()).isEmpty();
  }

  @Test
  void refusesATemporaryFileInAnotherDirectory() throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    AtomicFile file = AtomicFile.at(dir.resolve("a"));
    assertThatThrownBy(() -> file.temp(other.resolve("a.part")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be in the directory of");
  }

  @Test
  void contentMayCloseItsStream() throws IOException {
    Path target = dir.resolve("plan.json");
    AtomicFile.at(target)
        .write(
            out -> {
              try (Writer w = new OutputStreamWriter(out, UTF_8)) {
                w.write("closed by its writer");
              }
            });
    assertThat(target).hasContent("closed by its writer");
  }
}
