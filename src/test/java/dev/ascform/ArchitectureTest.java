package dev.ascform;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of {@code dev.ascform}, checked on the compiled main classes (docs/ARCHITECTURE.md
 * says the same in prose). From the top; a layer may use only the layers named after its arrow:
 *
 * <pre>
 * cli      -&gt; everything, and sandbox (it starts the sandbox)
 * generate -&gt; everything but cli, and sandbox (optional: the sandbox's config generator, written
 *             through the kinds' declarations, may move there)
 * apply    -&gt; kinds export live config state reports secrets plan api model diag concurrent io
 * kinds    -&gt; export live config state reports secrets plan api model diag concurrent io
 * export   -&gt; live config state reports secrets plan api model diag concurrent io
 * live     -&gt; plan api model diag concurrent io
 * config   -&gt; model diag concurrent io
 * state    -&gt; plan api model diag concurrent io
 * reports  -&gt; api diag concurrent io
 * secrets  -&gt; diag concurrent io
 * plan     -&gt; diag io                 (the planner and its SPI: no kinds, no API, no config)
 * api      -&gt; diag concurrent io
 * model    -&gt; diag io
 * diag, concurrent, io -&gt; nothing    (io: the atomic file writer, for every layer)
 * sandbox  -&gt; io, nothing of the client  (and only cli and generate use it)
 * </pre>
 *
 * <p>{@code plan} sits low on purpose: it is the pure model of a change and the planner, and takes
 * kinds through {@link dev.ascform.plan.KindRules}; {@code live} and {@code export} likewise know
 * kinds only through the interfaces they own ({@link dev.ascform.live.ReadOps}, {@link
 * dev.ascform.export.Exportable}), and {@code kinds.Kinds#all()} is handed to them by {@code cli}.
 * Besides the layers, no two top-level packages may depend on each other in a cycle.
 */
@AnalyzeClasses(packages = "dev.ascform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] BASE = {"Diag", "Concurrent", "Io"};

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Cli")
          .definedBy("dev.ascform.cli..")
          .optionalLayer("Generate")
          .definedBy("dev.ascform.generate..")
          .layer("Apply")
          .definedBy("dev.ascform.apply..")
          .layer("Kinds")
          .definedBy("dev.ascform.kinds..")
          .layer("Export")
          .definedBy("dev.ascform.export..")
          .layer("Live")
          .definedBy("dev.ascform.live..")
          .layer("Config")
          .definedBy("dev.ascform.config..")
          .layer("State")
          .definedBy("dev.ascform.state..")
          .layer("Reports")
          .definedBy("dev.ascform.reports..")
          .layer("Secrets")
          .definedBy("dev.ascform.secrets..")
          .layer("Plan")
          .definedBy("dev.ascform.plan..")
          .layer("Api")
          .definedBy("dev.ascform.api..")
          .layer("Model")
          .definedBy("dev.ascform.model..")
          .layer("Diag")
          .definedBy("dev.ascform.diag..")
          .layer("Concurrent")
          .definedBy("dev.ascform.concurrent..")
          .layer("Io")
          .definedBy("dev.ascform.io..")
          .layer("Sandbox")
          .definedBy("dev.ascform.sandbox..")
          .whereLayer("Cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Generate")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Apply")
          .mayOnlyAccessLayers(
              "Kinds",
              "Export",
              "Live",
              "Config",
              "State",
              "Reports",
              "Secrets",
              "Plan",
              "Api",
              "Model",
              "Diag",
              "Concurrent",
              "Io")
          .whereLayer("Kinds")
          .mayOnlyAccessLayers(
              "Export",
              "Live",
              "Config",
              "State",
              "Reports",
              "Secrets",
              "Plan",
              "Api",
              "Model",
              "Diag",
              "Concurrent",
              "Io")
          .whereLayer("Export")
          .mayOnlyAccessLayers(
              "Live",
              "Config",
              "State",
              "Reports",
              "Secrets",
              "Plan",
              "Api",
              "Model",
              "Diag",
              "Concurrent",
              "Io")
          .whereLayer("Live")
          .mayOnlyAccessLayers("Plan", "Api", "Model", "Diag", "Concurrent", "Io")
          .whereLayer("Config")
          .mayOnlyAccessLayers("Model", "Diag", "Concurrent", "Io")
          .whereLayer("State")
          .mayOnlyAccessLayers("Plan", "Api", "Model", "Diag", "Concurrent", "Io")
          .whereLayer("Reports")
          .mayOnlyAccessLayers("Api", "Diag", "Concurrent", "Io")
          .whereLayer("Secrets")
          .mayOnlyAccessLayers(BASE)
          .whereLayer("Plan")
          .mayOnlyAccessLayers("Diag", "Io")
          .whereLayer("Api")
          .mayOnlyAccessLayers(BASE)
          .whereLayer("Model")
          .mayOnlyAccessLayers("Diag", "Io")
          .whereLayer("Diag")
          .mayNotAccessAnyLayer()
          .whereLayer("Concurrent")
          .mayNotAccessAnyLayer()
          .whereLayer("Io")
          .mayNotAccessAnyLayer()
          .whereLayer("Sandbox")
          .mayOnlyAccessLayers("Io")
          .whereLayer("Sandbox")
          .mayOnlyBeAccessedByLayers("Cli", "Generate");

  @ArchTest
  static final ArchRule noCyclesBetweenTopLevelPackages =
      slices().matching("dev.ascform.(*)..").should().beFreeOfCycles();
}
