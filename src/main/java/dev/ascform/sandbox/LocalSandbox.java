package dev.ascform.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sandbox behind {@code --sandbox}: started in-process on an ephemeral loopback port, with its
 * data in {@code .ascform/sandbox/} under the working directory (git-ignored by a {@code
 * .ascform/.gitignore} written on first use), seeded on first use from {@code sandbox-seed.yaml}
 * beside the config (the config directory itself, or the directory of a config file) when there is
 * one (its path is kept in {@code account-seed.txt}). Later runs reuse the persisted account, so
 * applied changes stay applied; a different seed beside another config is then ignored ({@link
 * #seedIgnored()}) until {@code ascform sandbox reset}.
 *
 * <pre>{@code
 * try (LocalSandbox local = LocalSandbox.open(Path.of("examples/acme"))) {
 *   String url = local.baseUrl();        // talk real HTTP with real JWTs
 *   TeamKey key = local.teamKey();
 *   out.println("target: " + LocalSandbox.TARGET);
 * }
 * }</pre>
 */
public final class LocalSandbox implements AutoCloseable {
  /** How output names this target. */
  public static final String TARGET = "sandbox (no change reaches Apple)";

  /** The seed file name looked up beside the config. */
  public static final String SEED_FILE = "sandbox-seed.yaml";

  /** What a seed given for an account that already exists prints. */
  public static final String SEED_IGNORED =
      "seed ignored: the account exists (ascform sandbox reset to start over)";

  /** The file beside {@code account.json} naming the seed the account was made from. */
  static final String SEED_ORIGIN = "account-seed.txt";

  private final Sandbox sandbox;
  private final Path dataDir;
  private final Path seedFile;
  private final boolean seedIgnored;

  private LocalSandbox(Sandbox sandbox, Path dataDir, Path seedFile, boolean seedIgnored) {
    this.sandbox = sandbox;
    this.dataDir = dataDir;
    this.seedFile = seedFile;
    this.seedIgnored = seedIgnored;
  }

  /** Opens the sandbox for a config (file or directory), with data under the current directory. */
  public static LocalSandbox open(Path configPath) {
    return open(configPath, Path.of("").toAbsolutePath());
  }

  /** Opens the sandbox for a config, with data in {@code workDir/.ascform/sandbox}. */
  public static LocalSandbox open(Path configPath, Path workDir) {
    Path ascform = workDir.resolve(".ascform");
    Path dataDir = ascform.resolve("sandbox");
    Path seed = seedBeside(configPath);
    try {
      Files.createDirectories(dataDir);
      Path ignore = ascform.resolve(".gitignore");
      if (!Files.exists(ignore)) {
        Files.write(
            ignore,
            "# ascform's local working data (sandbox account, keys): never commit\n*\n"
                .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dataDir, e);
    }
    Path origin = dataDir.resolve(SEED_ORIGIN);
    String seedName = seed == null ? "" : seed.toAbsolutePath().normalize().toString();
    boolean existed = Files.isRegularFile(dataDir.resolve("account.json"));
    boolean ignored =
        existed && seed != null && Files.isRegularFile(origin) && !read(origin).equals(seedName);
    SandboxOptions options = SandboxOptions.defaults().withDataDir(dataDir).withSeedFile(seed);
    Sandbox started = Sandbox.start(options);
    if (!existed) {
      try {
        Files.writeString(origin, seedName + "\n");
      } catch (IOException e) {
        started.close();
        throw new UncheckedIOException("cannot write " + origin, e);
      }
    }
    return new LocalSandbox(started, dataDir, seed, ignored);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * True when a seed lies beside the config but the account already existed, made from another seed
   * (or none): the seed was not used. Print {@link #SEED_IGNORED} then.
   */
  public boolean seedIgnored() {
    return seedIgnored;
  }

  /** {@code sandbox-seed.yaml} in the config directory (or beside the config file), or null. */
  static Path seedBeside(Path configPath) {
    Path dir = Files.isDirectory(configPath) ? configPath : configPath.toAbsolutePath().getParent();
    if (dir == null) {
      return null;
    }
    Path seed = dir.resolve(SEED_FILE);
    return Files.isRegularFile(seed) ? seed : null;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** e.g. {@code http://127.0.0.1:50123}. */
  public String baseUrl() {
    return sandbox.baseUrl();
  }

  /** The credentials to sign tokens with (toString hides the key). */
  public TeamKey teamKey() {
    return sandbox.teamKey();
  }

  /** Where the account and keys live ({@code .ascform/sandbox}). */
  public Path dataDir() {
    return dataDir;
  }

  /** The seed file used when the account was first created here, or null. */
  public Path seedFile() {
    return seedFile;
  }

  @Override
  public void close() {
    sandbox.close();
  }

  @Override
  public String toString() {
    return "LocalSandbox["
        + baseUrl()
        + ", data="
        + dataDir
        + ", seed="
        + seedFile
        + ", "
        + teamKey()
        + "]";
  }
}
