using System.Linq;
using FinalAccounts.Generators.Emit;
using FinalAccounts.Generators.Model;
using FinalAccounts.Generators.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FinalAccounts.Generators;

/// <summary>
/// Generates a typed code struct for every classification table given as an AdditionalFile with the metadata
/// <c>FinalAccountsScheme</c> (Function, Economic, GovernmentEconomic, Revenue; or Evidence / EconomicMapping for
/// the tables that annotate them) and <c>TypeName</c>. Problems in a table are diagnostics at its line, never exceptions.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClassificationGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that names a table's scheme.</summary>
    public const string SchemeMetadata = "build_metadata.AdditionalFiles.FinalAccountsScheme";

    /// <summary>The AdditionalFiles metadata that names the generated type.</summary>
    public const string TypeNameMetadata = "build_metadata.AdditionalFiles.TypeName";

    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>Table files with their metadata and text.</summary>
        public const string TableFiles = nameof(TableFiles);

        /// <summary>Each table parsed into rows and diagnostics.</summary>
        public const string ParsedTables = nameof(ParsedTables);

        /// <summary>All tables joined into the types to emit.</summary>
        public const string Plan = nameof(Plan);

        /// <summary>One type with the compilation's emit options.</summary>
        public const string Types = nameof(Types);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) =>
            {
                var options = pair.Right.GetOptions(pair.Left);
                if (!options.TryGetValue(SchemeMetadata, out var scheme) || string.IsNullOrWhiteSpace(scheme)) return (TableFile?)null;
                options.TryGetValue(TypeNameMetadata, out var typeName);
                var text = pair.Left.GetText(ct)?.ToString() ?? string.Empty;
                return new TableFile(pair.Left.Path, scheme.Trim(), (typeName ?? string.Empty).Trim(), text);
            })
            .Where(static f => f.HasValue)
            .Select(static (f, _) => f!.Value)
            .WithTrackingName(Steps.TableFiles);

        var parsed = files
            .Select(static (file, ct) => TableParser.Parse(file, ct))
            .WithTrackingName(Steps.ParsedTables);

        var plan = parsed.Collect()
            .Select(static (tables, _) => PlanBuilder.Build(tables))
            .WithTrackingName(Steps.Plan);

        var emitOptions = context.ParseOptionsProvider
            .Select(static (o, _) => o is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8)
            .Combine(context.CompilationProvider.Select(static (c, _) => c.GetTypeByMetadataName("System.ReadOnlySpan`1") != null))
            .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right));

        context.RegisterSourceOutput(parsed, static (spc, table) =>
        {
            foreach (var d in table.Diagnostics) spc.ReportDiagnostic(d.ToDiagnostic());
        });

        context.RegisterSourceOutput(plan.Select(static (p, _) => p.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var d in diagnostics) spc.ReportDiagnostic(d.ToDiagnostic());
        });

        var types = plan
            .SelectMany(static (p, _) => p.Types.ToArray())
            .Combine(emitOptions)
            .WithTrackingName(Steps.Types);

        context.RegisterSourceOutput(types, static (spc, pair) =>
            spc.AddSource(pair.Left.FullName + ".g.cs", CodeTypeEmitter.Emit(pair.Left, pair.Right)));
    }
}
