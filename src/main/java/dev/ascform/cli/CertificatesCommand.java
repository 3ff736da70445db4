package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.secrets.CertificateExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascform certificates export NAME -o DIR}: the .p12 and .cer a CI keychain imports. */
@Command(
    name = "certificates",
    mixinStandardHelpOptions = true,
    description = "Certificates whose keys ascform keeps.",
    subcommands = CertificatesCommand.Export.class,
    footer = {
      "",
      "Examples:",
      "  ascform certificates export apple_development -c examples/acme -o build/keys"
    })
public final class CertificatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.ERROR;
  }

  /** {@code ascform certificates export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write NAME.p12 (key + certificate, protected by ASCFORM_SECRETS_PASSPHRASE)"
              + " and NAME.cer to DIR.",
      footer = {
        "",
        "Examples:",
        "  ascform certificates export apple_development -c examples/acme -o build/keys",
        "  ascform certificates export apple_development --sandbox -c examples/acme \\",
        "      -o /tmp/keys"
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;

    @Parameters(index = "0", paramLabel = "NAME", description = "The certificate's config key.")
    String name;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "DIR",
        required = true,
        description = "Directory to write the files to.")
    Path dir;

    @Override
    public Integer call() throws ConfigException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Session s = Session.open(run, System.getenv(), err)) {
        if (!s.desired().certificates().containsKey(name)) {
          err.println(
              "Error: no certificate \""
                  + name
                  + "\" in the configuration (known: "
                  + String.join(", ", s.desired().certificates().keySet())
                  + ")");
          return ExitCodes.ERROR;
        }
        List<Path> files = CertificateExport.write(s.secrets(), name, dir);
        files.forEach(f -> out.println("wrote " + f));
        return ExitCodes.OK;
      }
    }
  }
}
